package vn.danhgia.evaluation.application.quarter;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.evaluation.domain.professionalism.FormDefinition;
import vn.danhgia.evaluation.domain.professionalism.InputFingerprint;
import vn.danhgia.evaluation.domain.professionalism.ProOutcome;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.domain.professionalism.ProfessionalismRules;
import vn.danhgia.evaluation.domain.professionalism.ScoreList;
import vn.danhgia.evaluation.domain.professionalism.SheetFacts;
import vn.danhgia.evaluation.domain.professionalism.UnitCondition;
import vn.danhgia.evaluation.infrastructure.ProRulePacks;
import vn.danhgia.evaluation.infrastructure.quarter.CurrentRuling;
import vn.danhgia.evaluation.infrastructure.quarter.FindingsJson;
import vn.danhgia.evaluation.infrastructure.quarter.NewRuling;
import vn.danhgia.evaluation.infrastructure.quarter.QuarterRecord;
import vn.danhgia.evaluation.infrastructure.quarter.SheetInput;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;
import vn.danhgia.organization.api.people.EvaluationFactsFacade;
import vn.danhgia.organization.api.people.EvaluationFactsFacade.QuarterFacts;
import vn.danhgia.platform.rules.Ruling;

/**
 * Gathers the facts of many sheets at once (monthly ratings, discipline, inspection, absence, the form-03 unit
 * condition — RULES.md PRO-5..PRO-8) and turns each into a ruling revision when its input changed. Used by the
 * evaluator's scoring (one sheet) and by the rulings run (a page of sheets), so both decide the same way.
 */
@Dependent
public class RulingMaker {

    @Inject
    private ProRulePacks packs;

    @Inject
    private SheetStore sheets;

    @EJB
    private EvaluationFactsFacade orgFacts;

    /** The rule pack a quarter was opened with (RP-1: a quarter keeps its version). */
    public ProRulePack pack(QuarterRecord quarter) {
        return packs.byRef(quarter.getRulePack());
    }

    /** The newest pack in force on the date (for opening a quarter). */
    public ProRulePack packInForce(java.time.LocalDate date) {
        return packs.inForce(date);
    }

    /** The facts of each sheet, by sheet id. */
    public Map<Long, SheetFacts> facts(QuarterRecord quarter, List<SheetInput> inputs) {
        ProRulePack pack = pack(quarter);
        int firstMonth = quarter.getQuarter() * 3 - 2;
        Set<Long> people = new HashSet<>();
        inputs.forEach(i -> people.add(i.personId()));
        Map<Long, List<Long>> unitMembers = sheets.membersOfUnits(quarter.getId(), inputs.stream()
                .filter(i -> formNeedsUnit(pack, i.formCode())).map(SheetInput::unitId).distinct().toList());
        unitMembers.values().forEach(people::addAll);
        Map<Long, Map<Integer, String>> levels = sheets.monthlyLevels(people, quarter.getYear(), firstMonth, firstMonth + 2);
        Map<Long, QuarterFacts> org = orgFacts.quarterFacts(people, pack.absence().kinds(), quarter.firstDay(), quarter.lastDay());
        Map<Long, SheetFacts> facts = new HashMap<>();
        for (SheetInput input : inputs) {
            QuarterFacts f = org.get(input.personId());
            Optional<FormDefinition> form = pack.form(input.formCode());
            List<BigDecimal> scores = ScoreList.parse(input.scores());
            List<MonthlyLevel> months = new ArrayList<>();
            Map<Integer, String> personLevels = levels.getOrDefault(input.personId(), Map.of());
            for (int m = firstMonth; m < firstMonth + 3; m++) {
                String level = personLevels.get(m);
                months.add(level == null ? null : MonthlyLevel.valueOf(level));
            }
            UnitCondition unit = formNeedsUnit(pack, input.formCode())
                    ? unitCondition(unitMembers.getOrDefault(input.unitId(), List.of()), levels, org) : null;
            facts.put(input.sheetId(), new SheetFacts(input.formCode(),
                    form.map(d -> SheetFacts.scoresFor(d, scores)).orElse(List.of()), quarter.getQuarter(), months,
                    f == null ? null : f.disciplineInForce(), f == null ? null : f.disciplineDescription(),
                    f == null ? null : f.underInspection(), f == null ? null : f.violationFoundByInspection(), unit,
                    f == null ? 0 : f.absenceWorkingDays()));
        }
        return facts;
    }

    /**
     * The new revision for a sheet, or empty when nothing is to be written: the current ruling has the same input,
     * was adjusted by a leader (PRO-10 decisions are not replaced by a run), or the sheet is not scored yet and the
     * person is evaluated (nothing to decide).
     */
    public Optional<NewRuling> decide(ProRulePack pack, SheetInput input, SheetFacts facts, CurrentRuling current, String by,
                                      Long executionId) {
        if (current != null && "ADJUSTMENT".equals(current.kind())) {
            return Optional.empty();
        }
        // the fingerprint first: an unchanged sheet (every sheet of a re-run) is skipped without ruling it
        String hash = InputFingerprint.of(facts, pack.ref());
        if (current != null && hash.equals(current.inputHash())) {
            return Optional.empty();
        }
        Ruling<ProOutcome> ruling = ProfessionalismRules.rule(facts, pack);
        if (input.scores() == null && ruling.outcome() != ProOutcome.NOT_EVALUATED) {
            return Optional.empty();
        }
        BigDecimal total = ruling.outcome() == ProOutcome.NOT_EVALUATED || facts.scores().isEmpty() ? null
                : ScoreList.total(facts.scores().stream().map(s -> s.score()).toList());
        return Optional.of(new NewRuling(input.sheetId(), input.quarterId(), "RUN", ruling.outcome().name(), total,
                FindingsJson.write(ruling.findings()), FindingsJson.summary(ruling.findings()), pack.ref().toString(),
                hash, by, null, null, executionId));
    }

    private static boolean formNeedsUnit(ProRulePack pack, String formCode) {
        return pack.form(formCode).map(FormDefinition::unitCondition).orElse(false);
    }

    /** PRO-6: nobody of the unit rated KHT in a month of the quarter, nobody with discipline or a violation found. */
    private static UnitCondition unitCondition(List<Long> members, Map<Long, Map<Integer, String>> levels,
                                               Map<Long, QuarterFacts> org) {
        boolean nobodyKht = members.stream().noneMatch(p -> levels.getOrDefault(p, Map.of()).containsValue("KHT"));
        boolean nobodyWithViolation = members.stream().map(org::get)
                .noneMatch(f -> f != null && (f.disciplineInForce() || f.violationFoundByInspection()));
        return new UnitCondition(nobodyKht, nobodyWithViolation);
    }
}
