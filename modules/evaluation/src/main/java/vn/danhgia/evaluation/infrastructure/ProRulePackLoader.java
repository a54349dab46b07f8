package vn.danhgia.evaluation.infrastructure;

import static vn.danhgia.evaluation.infrastructure.PackJson.array;
import static vn.danhgia.evaluation.infrastructure.PackJson.asObject;
import static vn.danhgia.evaluation.infrastructure.PackJson.bool;
import static vn.danhgia.evaluation.infrastructure.PackJson.build;
import static vn.danhgia.evaluation.infrastructure.PackJson.checkKeys;
import static vn.danhgia.evaluation.infrastructure.PackJson.date;
import static vn.danhgia.evaluation.infrastructure.PackJson.decimal;
import static vn.danhgia.evaluation.infrastructure.PackJson.enumValue;
import static vn.danhgia.evaluation.infrastructure.PackJson.integer;
import static vn.danhgia.evaluation.infrastructure.PackJson.object;
import static vn.danhgia.evaluation.infrastructure.PackJson.optionalString;
import static vn.danhgia.evaluation.infrastructure.PackJson.string;
import static vn.danhgia.evaluation.infrastructure.PackJson.stringItem;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.Reader;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.evaluation.domain.professionalism.AbsenceRule;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule;
import vn.danhgia.evaluation.domain.professionalism.CriteriaSet;
import vn.danhgia.evaluation.domain.professionalism.Criterion;
import vn.danhgia.evaluation.domain.professionalism.FormChoiceRule;
import vn.danhgia.evaluation.domain.professionalism.FormDefinition;
import vn.danhgia.evaluation.domain.professionalism.GeneralConditions;
import vn.danhgia.evaluation.domain.professionalism.MonthlyConditions;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.domain.professionalism.QuarterDeadlines;
import vn.danhgia.evaluation.domain.professionalism.ScoreScale;

/**
 * Reads the PRO rule pack (RULES.md PRO-1..PRO-13, RP-1) from JSON (JSON-P) into the pure
 * {@link ProRulePack}. The same text is what is published as the rule pack's {@code content_json}
 * (platform {@code RulePackStore}). Strict: unknown keys are rejected, {@code _}-keys are comments,
 * every error names its place.
 */
public final class ProRulePackLoader {

    /** The Long Biên 2023 pack shipped with the module. */
    public static final String DEFAULT_RESOURCE = "/vn/danhgia/evaluation/rulepacks/pro-longbien-2023.json";

    private static final Set<String> ROOT = Set.of("code", "version", "title", "legalBasis", "legalDocuments",
            "effectiveFrom", "effectiveTo", "scoreScale", "formChoice", "monthlyConditions", "generalConditions",
            "absence", "deadlines", "commitment", "criteriaSets", "forms");
    private static final Set<String> LEGAL_DOCUMENT = Set.of("number", "date", "issuer", "title");
    private static final Set<String> SCALE = Set.of("min", "max", "step");
    private static final Set<String> FORM_CHOICE = Set.of("standingCommitteeForm", "largeUnitThreshold",
            "smallUnitForm", "largeUnitForm");
    private static final Set<String> MONTHLY = Set.of("monthsPerQuarter", "minimumLevel", "requiredLevel",
            "requiredMonths");
    private static final Set<String> GENERAL = Set.of("noDisciplineInForce", "notUnderInspection",
            "noViolationFoundByInspection");
    private static final Set<String> ABSENCE = Set.of("kinds", "minWorkingDays");
    private static final Set<String> DEADLINES = Set.of("selfAssessmentDay", "evaluatorDay", "unitSummaryDay",
            "focalBodyDay", "publicationDayOfNextQuarter");
    private static final Set<String> COMMITMENT = Set.of("schools", "others", "overrides",
            "lateSigningAbsenceMinMonths", "lateSigningAbsenceKinds");
    private static final Set<String> DEADLINE_PAIR = Set.of("signBy", "publishBy");
    private static final Set<String> MONTH_DAY = Set.of("month", "day");
    private static final Set<String> OVERRIDE = Set.of("year", "group", "mode", "signBy", "publishBy");
    private static final Set<String> CRITERIA_SET = Set.of("id", "status", "label", "note", "criteria");
    private static final Set<String> CRITERION = Set.of("number", "group", "text", "mandatory");
    private static final Set<String> FORM = Set.of("code", "title", "criteriaSet", "criteriaCount", "mandatoryCount",
            "totalMin", "totalMax", "mandatoryScore", "otherMinScore", "unitCondition");

    private ProRulePackLoader() {
    }

    public static ProRulePack defaultPack() {
        return fromClasspath(DEFAULT_RESOURCE);
    }

    public static ProRulePack fromClasspath(String resource) {
        return PackJson.fromClasspath(resource, ProRulePackLoader::fromJson);
    }

    public static ProRulePack fromJson(String json) {
        return fromJson(new StringReader(json));
    }

    /** @throws IllegalArgumentException when the JSON is malformed, or a value is missing, unknown or inconsistent */
    public static ProRulePack fromJson(Reader json) {
        try {
            return parse(PackJson.read(json, "PRO rule pack"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PRO rule pack: " + e.getMessage(), e);
        }
    }

    private static ProRulePack parse(JsonObject root) {
        checkKeys(root, ROOT, false, "");
        if (root.containsKey("legalDocuments")) {
            JsonArray docs = array(root, "legalDocuments", "");
            for (int i = 0; i < docs.size(); i++) {
                checkKeys(asObject(docs.get(i), "legalDocuments[" + i + "]"), LEGAL_DOCUMENT, true,
                        "legalDocuments[" + i + "]");
            }
        }
        Map<String, CriteriaSet> sets = criteriaSets(array(root, "criteriaSets", ""));
        Map<String, FormDefinition> forms = forms(array(root, "forms", ""), sets);
        return build("", () -> new ProRulePack(string(root, "code", ""), integer(root, "version", ""),
                string(root, "title", ""), string(root, "legalBasis", ""), date(root, "effectiveFrom", "", true),
                date(root, "effectiveTo", "", false), scale(object(root, "scoreScale", "")),
                formChoice(object(root, "formChoice", "")), monthly(object(root, "monthlyConditions", "")),
                general(object(root, "generalConditions", "")), absence(object(root, "absence", "")),
                deadlines(object(root, "deadlines", "")), commitment(object(root, "commitment", "")), forms));
    }

    private static ScoreScale scale(JsonObject o) {
        String at = "scoreScale";
        checkKeys(o, SCALE, true, at);
        return build(at, () -> new ScoreScale(decimal(o, "min", at), decimal(o, "max", at), decimal(o, "step", at)));
    }

    private static FormChoiceRule formChoice(JsonObject o) {
        String at = "formChoice";
        checkKeys(o, FORM_CHOICE, true, at);
        return build(at, () -> new FormChoiceRule(string(o, "standingCommitteeForm", at),
                integer(o, "largeUnitThreshold", at), string(o, "smallUnitForm", at), string(o, "largeUnitForm", at)));
    }

    private static MonthlyConditions monthly(JsonObject o) {
        String at = "monthlyConditions";
        checkKeys(o, MONTHLY, true, at);
        return build(at, () -> new MonthlyConditions(integer(o, "monthsPerQuarter", at),
                enumValue(MonthlyLevel.class, string(o, "minimumLevel", at), at + ".minimumLevel"),
                enumValue(MonthlyLevel.class, string(o, "requiredLevel", at), at + ".requiredLevel"),
                integer(o, "requiredMonths", at)));
    }

    private static GeneralConditions general(JsonObject o) {
        String at = "generalConditions";
        checkKeys(o, GENERAL, true, at);
        return new GeneralConditions(bool(o, "noDisciplineInForce", at), bool(o, "notUnderInspection", at),
                bool(o, "noViolationFoundByInspection", at));
    }

    private static AbsenceRule absence(JsonObject o) {
        String at = "absence";
        checkKeys(o, ABSENCE, true, at);
        Set<String> kinds = stringSet(array(o, "kinds", at), at + ".kinds");
        return build(at, () -> new AbsenceRule(kinds, integer(o, "minWorkingDays", at)));
    }

    /** A non-empty list of distinct strings. */
    private static Set<String> stringSet(JsonArray array, String at) {
        Set<String> values = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String value = stringItem(array, i, at);
            if (!values.add(value)) {
                throw new IllegalArgumentException(at + ": '" + value + "' appears twice");
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(at + ": empty");
        }
        return values;
    }

    private static QuarterDeadlines deadlines(JsonObject o) {
        String at = "deadlines";
        checkKeys(o, DEADLINES, true, at);
        return build(at, () -> new QuarterDeadlines(integer(o, "selfAssessmentDay", at), integer(o, "evaluatorDay", at),
                integer(o, "unitSummaryDay", at), integer(o, "focalBodyDay", at),
                integer(o, "publicationDayOfNextQuarter", at)));
    }

    private static CommitmentRule commitment(JsonObject o) {
        String at = "commitment";
        checkKeys(o, COMMITMENT, true, at);
        JsonArray overridesJson = array(o, "overrides", at);
        List<CommitmentRule.YearOverride> overrides = new ArrayList<>();
        for (int i = 0; i < overridesJson.size(); i++) {
            String ot = at + ".overrides[" + i + "]";
            JsonObject ov = asObject(overridesJson.get(i), ot);
            checkKeys(ov, OVERRIDE, true, ot);
            overrides.add(build(ot, () -> new CommitmentRule.YearOverride(integer(ov, "year", ot),
                    enumValue(CommitmentRule.Group.class, string(ov, "group", ot), ot + ".group"),
                    enumValue(CommitmentRule.Mode.class, string(ov, "mode", ot), ot + ".mode"),
                    date(ov, "signBy", ot, true), date(ov, "publishBy", ot, true))));
        }
        Set<String> kinds = stringSet(array(o, "lateSigningAbsenceKinds", at), at + ".lateSigningAbsenceKinds");
        return build(at, () -> new CommitmentRule(deadlinePair(object(o, "schools", at), at + ".schools"),
                deadlinePair(object(o, "others", at), at + ".others"), overrides,
                integer(o, "lateSigningAbsenceMinMonths", at), kinds));
    }

    private static CommitmentRule.Deadline deadlinePair(JsonObject o, String at) {
        checkKeys(o, DEADLINE_PAIR, true, at);
        return new CommitmentRule.Deadline(monthDay(object(o, "signBy", at), at + ".signBy"),
                monthDay(object(o, "publishBy", at), at + ".publishBy"));
    }

    private static MonthDay monthDay(JsonObject o, String at) {
        checkKeys(o, MONTH_DAY, false, at);
        try {
            return MonthDay.of(integer(o, "month", at), integer(o, "day", at));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, CriteriaSet> criteriaSets(JsonArray array) {
        Map<String, CriteriaSet> sets = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "criteriaSets[" + i + "]";
            JsonObject o = asObject(array.get(i), at);
            checkKeys(o, CRITERIA_SET, false, at);
            JsonArray criteriaJson = array(o, "criteria", at);
            List<Criterion> criteria = new ArrayList<>();
            for (int j = 0; j < criteriaJson.size(); j++) {
                String ct = at + ".criteria[" + j + "]";
                JsonObject c = asObject(criteriaJson.get(j), ct);
                checkKeys(c, CRITERION, false, ct);
                criteria.add(build(ct, () -> new Criterion(integer(c, "number", ct), optionalString(c, "group", ct),
                        string(c, "text", ct), bool(c, "mandatory", ct))));
            }
            CriteriaSet set = build(at, () -> new CriteriaSet(string(o, "id", at),
                    enumValue(CriteriaSet.Status.class, string(o, "status", at), at + ".status"),
                    string(o, "label", at), criteria));
            if (sets.put(set.id(), set) != null) {
                throw new IllegalArgumentException(at + ".id: '" + set.id() + "' appears twice");
            }
        }
        return sets;
    }

    private static Map<String, FormDefinition> forms(JsonArray array, Map<String, CriteriaSet> sets) {
        Map<String, FormDefinition> forms = new LinkedHashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "forms[" + i + "]";
            JsonObject o = asObject(array.get(i), at);
            checkKeys(o, FORM, true, at);
            String setId = string(o, "criteriaSet", at);
            CriteriaSet set = sets.get(setId);
            if (set == null) {
                throw new IllegalArgumentException(at + ".criteriaSet: no criteria set '" + setId + "' (have "
                        + sets.keySet() + ")");
            }
            String ruleId = string(o, "ruleId", at);
            FormDefinition form = build(at, () -> new FormDefinition(string(o, "code", at), string(o, "title", at),
                    ruleId, set, integer(o, "criteriaCount", at), integer(o, "mandatoryCount", at),
                    decimal(o, "totalMin", at), decimal(o, "totalMax", at), decimal(o, "mandatoryScore", at),
                    decimal(o, "otherMinScore", at), bool(o, "unitCondition", at)));
            if (forms.put(form.code(), form) != null) {
                throw new IllegalArgumentException(at + ".code: '" + form.code() + "' appears twice");
            }
        }
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("forms: empty");
        }
        return forms;
    }
}
