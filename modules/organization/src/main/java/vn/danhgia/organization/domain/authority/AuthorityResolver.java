package vn.danhgia.organization.domain.authority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.platform.rules.Finding;

/**
 * Resolves who comments on, evaluates, decides and may adjust a person's evaluation (ORG-11).
 *
 * <p>For each {@link AuthorityRole}: a valid person override wins, else a valid unit override, else the
 * first matching row of the table (PRO-9/PRO-10 for the quarterly evaluation, [GD IV]/[HN c §VII] for
 * the annual one). Only overrides of the same evaluation kind whose validity contains the date count.
 * Every assignment carries its source and a Vietnamese explanation (RP-2). When a holder cannot be
 * determined — a vacant head, no unit of the kind, no matching row — the role stays empty and a failed
 * {@link Finding} says why; nothing is guessed. A person is never their own commenter, evaluator,
 * decider or adjuster.
 *
 * <p>Stateless and thread-safe.
 */
public final class AuthorityResolver {

    /** Rule id of findings about overrides and unmatched people. */
    public static final String AUTHORITY_RULE = "ORG-11";
    /** Rule id of the finding when the table is not in force on the date. */
    public static final String RULE_PACK_RULE = "RP-1";

    public AuthorityChain resolve(Evaluated person, EvaluationKind kind, LocalDate date, AuthorityTable table,
                                  OrgDirectory directory, List<AuthorityOverride> overrides) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(directory, "directory");
        return new Run(person, kind, date, table, directory).resolve(overrides == null ? List.of() : overrides);
    }

    /** One resolution: collects assignments and findings. */
    private static final class Run {
        private final Evaluated person;
        private final EvaluationKind kind;
        private final LocalDate date;
        private final AuthorityTable table;
        private final OrgDirectory directory;
        private final List<AuthorityAssignment> assignments = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private AuthorityTable.Match match;

        Run(Evaluated person, EvaluationKind kind, LocalDate date, AuthorityTable table, OrgDirectory directory) {
            this.person = person;
            this.kind = kind;
            this.date = date;
            this.table = table;
            this.directory = directory;
        }

        AuthorityChain resolve(List<AuthorityOverride> overrides) {
            matchRow();
            List<AuthorityOverride> concerning = overrides.stream()
                    .filter(o -> o.kind() == kind)
                    .filter(o -> o.isPersonOverride() ? o.personId() == person.personId()
                            : o.unitId() == person.unit().id())
                    .toList();
            for (AuthorityOverride o : concerning) {
                if (!o.validOn(date)) {
                    findings.add(new Finding(AUTHORITY_RULE, true, o.label() + " (" + o.role().verb()
                            + ") không áp dụng: chỉ có hiệu lực " + Texts.period(o.validFrom(), o.validTo())
                            + ", không bao gồm ngày " + Texts.date(date) + ".",
                            overrideFacts(o)));
                }
            }
            List<AuthorityOverride> valid = concerning.stream().filter(o -> o.validOn(date)).toList();
            for (AuthorityRole role : AuthorityRole.values()) {
                List<AuthorityOverride> personLevel = usable(role, valid, true);
                List<AuthorityOverride> unitLevel = usable(role, valid, false);
                if (!personLevel.isEmpty()) {
                    applyOverrides(role, personLevel, unitLevel);
                } else if (!unitLevel.isEmpty()) {
                    applyOverrides(role, unitLevel, List.of());
                } else if (match != null) {
                    match.row().holder(role).ifPresent(spec -> applyTable(role, spec));
                }
            }
            return new AuthorityChain(person.personId(), kind, date, assignments, findings, table.ref());
        }

        // --- the table -------------------------------------------------------------------------------

        private void matchRow() {
            if (!table.appliesOn(date)) {
                findings.add(new Finding(RULE_PACK_RULE, false, "Bảng thẩm quyền " + table.ref()
                        + " chỉ có hiệu lực " + Texts.period(table.effectiveFrom(), table.effectiveTo())
                        + ", không áp dụng cho ngày " + Texts.date(date)
                        + "; chỉ các ghi đè (ORG-11) được dùng. Cần bảng thẩm quyền có hiệu lực vào ngày này.",
                        baseFacts()));
                return;
            }
            Optional<AuthorityTable.Match> found = table.match(person, kind);
            if (found.isEmpty()) {
                findings.add(new Finding(AUTHORITY_RULE, false, "Không dòng nào của bảng thẩm quyền " + table.ref()
                        + " (" + kind.label() + ") áp dụng cho " + person.display() + " — "
                        + Texts.kind(person.unit().kind()) + ", vai trò " + roleName() + ", loại "
                        + person.category() + ". Hệ thống không tự suy đoán người đánh giá; cần tạo ghi đè (ORG-11).",
                        baseFacts()));
                return;
            }
            match = found.get();
            AuthorityRow row = match.row();
            Map<String, String> facts = baseFacts();
            facts.put("row", row.id());
            facts.put("alternative", match.condition().label());
            facts.put("reading", match.open() ? "OPEN" : "TEXT");
            if (match.condition().unitSize() != null) {
                facts.put("largeUnitThreshold", Integer.toString(table.largeUnitThreshold()));
            }
            findings.add(new Finding(row.ruleId(), true, "Áp dụng " + row.ref() + " " + row.source() + " cho "
                    + person.display() + " (trường hợp: " + match.condition().label() + "): "
                    + Texts.sentence(row.description()) + sizeSentence()
                    + (row.note() == null ? "" : " " + Texts.sentence(row.note()))
                    + (match.condition().open() ? openSentence()
                    : row.open() ? " Đây là cách hiểu mặc định (OPEN), không phải lời văn bản." : ""), facts));
        }

        private void applyTable(AuthorityRole role, RoleSpec roleSpec) {
            AuthorityRow row = match.row();
            String source = roleSpec.ref() == null ? row.ref() : roleSpec.ref() + " (" + row.ref() + ")";
            Resolution r = find(roleSpec.holder());
            if (r.failure() != null) {
                Map<String, String> facts = baseFacts();
                facts.put("row", row.id());
                facts.put("role", role.name());
                facts.put("holder", roleSpec.holder().toString());
                findings.add(new Finding(row.ruleId(), false, "Chưa xác định được người " + role.verb() + " đối với "
                        + person.display() + " theo " + source + ": " + r.failure() + ". Hệ thống không tự suy đoán;"
                        + " cần cập nhật dữ liệu tổ chức hoặc tạo ghi đè (ORG-11).", facts));
                return;
            }
            List<Found> holders = withoutSelf(role, r.found(), source, roleSpec.holder());
            if (holders.isEmpty()) {
                return;
            }
            for (Found f : holders) {
                StringBuilder text = new StringBuilder(f.holder().display());
                if (f.how() != null) {
                    text.append(", ").append(f.how()).append(",");
                }
                text.append(' ').append(role.verb()).append(" đối với ").append(person.display())
                        .append(" theo ").append(source).append(' ').append(row.source()).append(": ")
                        .append(Texts.sentence(row.description()));
                text.append(sizeSentence());
                if (holders.size() > 1) {
                    text.append(" Có ").append(holders.size()).append(" người có thể giữ vai trò này (")
                            .append(holders.stream().map(h -> h.holder().display()).collect(Collectors.joining(", ")))
                            .append("); văn bản giao cho người phụ trách trực tiếp nhưng dữ liệu chưa có phân công"
                                    + " phụ trách, nên liệt kê tất cả — quản trị viên có thể chỉ định một người"
                                    + " bằng ghi đè (ORG-11).");
                }
                if (roleSpec.note() != null) {
                    text.append(' ').append(Texts.sentence(roleSpec.note()));
                }
                text.append(openSentence());
                assignments.add(new AuthorityAssignment(role, f.holder(), source, text.toString()));
            }
        }

        private String sizeSentence() {
            MatchCondition.UnitSize size = match.condition().unitSize();
            if (size == null) {
                return "";
            }
            UnitRef unit = person.unit();
            return " " + unit.name() + " có " + unit.headcount() + " người, "
                    + (size == MatchCondition.UnitSize.LARGE ? "từ ngưỡng " + table.largeUnitThreshold() + " người trở lên"
                    : "dưới ngưỡng " + table.largeUnitThreshold() + " người")
                    + " (tham số largeUnitThreshold của " + table.ref() + ").";
        }

        private String openSentence() {
            if (!match.open()) {
                return "";
            }
            String note = match.condition().open() ? match.condition().note() : match.row().note();
            return " Đây là cách hiểu mặc định (OPEN), không phải lời văn bản" + (note == null ? "." : ": " + Texts.sentence(note));
        }

        /** Finds the holders a spec names, or why it cannot. */
        private Resolution find(HolderSpec spec) {
            UnitRef own = person.unit();
            switch (spec.type()) {
                case COLLECTIVE:
                    return Resolution.of(new Found(Holder.collective(spec.text()), null));
                case HEAD_OF_OWN_UNIT:
                    return headOf(own);
                case DEPUTY_OF_OWN_UNIT:
                    return deputiesOf(own);
                case LEADERSHIP_OF_OWN_UNIT: {
                    List<Found> found = new ArrayList<>();
                    directory.head(own.id(), date).ifPresent(p -> found.add(new Found(Holder.person(p),
                            "người đứng đầu " + own.name() + " ngày " + Texts.date(date))));
                    directory.deputies(own.id(), date).forEach(p -> found.add(new Found(Holder.person(p),
                            "cấp phó của " + own.name() + " ngày " + Texts.date(date))));
                    return found.isEmpty()
                            ? Resolution.failed(own.name() + " không có cấp trưởng, cấp phó nào vào ngày " + Texts.date(date))
                            : new Resolution(found, null);
                }
                case HEAD_OF_PARENT_UNIT: {
                    if (own.parentId() == null) {
                        return Resolution.failed(own.name() + " không có đơn vị cấp trên trong cây tổ chức");
                    }
                    Optional<UnitRef> parent = directory.unit(own.parentId());
                    return parent.isEmpty()
                            ? Resolution.failed("không tìm thấy đơn vị cấp trên (mã " + own.parentId() + ") của " + own.name())
                            : headOf(parent.get());
                }
                case HEAD_OF_UNIT_OF_KIND:
                case DEPUTY_OF_UNIT_OF_KIND: {
                    Optional<UnitRef> unit = directory.singleUnitOfKind(spec.unitKind(), date);
                    if (unit.isEmpty()) {
                        return Resolution.failed("không xác định được duy nhất một " + Texts.kind(spec.unitKind())
                                + " vào ngày " + Texts.date(date) + " (không có, hoặc có nhiều hơn một)");
                    }
                    return spec.type() == HolderSpec.Type.HEAD_OF_UNIT_OF_KIND ? headOf(unit.get()) : deputiesOf(unit.get());
                }
                case HEAD_OF_WARD_UNIT_OF_KIND: {
                    UnitKind wanted = spec.unitKind();
                    Optional<UnitRef> unit = own.kind() == wanted ? Optional.of(own)
                            : directory.wardUnitOfKind(own, wanted, date);
                    return unit.isEmpty()
                            ? Resolution.failed("không tìm thấy " + Texts.kind(wanted) + " cùng phường với " + own.name()
                            + " vào ngày " + Texts.date(date))
                            : headOf(unit.get());
                }
                default:
                    throw new IllegalStateException("unhandled holder type " + spec.type());
            }
        }

        private Resolution headOf(UnitRef unit) {
            return directory.head(unit.id(), date)
                    .map(p -> Resolution.of(new Found(Holder.person(p), "người đứng đầu " + unit.name() + " ngày " + Texts.date(date))))
                    .orElseGet(() -> Resolution.failed(unit.name() + " không có người đứng đầu vào ngày " + Texts.date(date)));
        }

        private Resolution deputiesOf(UnitRef unit) {
            List<Found> found = directory.deputies(unit.id(), date).stream()
                    .map(p -> new Found(Holder.person(p), "cấp phó của " + unit.name() + " ngày " + Texts.date(date)))
                    .toList();
            return found.isEmpty()
                    ? Resolution.failed(unit.name() + " không có cấp phó nào vào ngày " + Texts.date(date))
                    : new Resolution(found, null);
        }

        /** Drops the evaluated person from the holders, with a failed finding each time (never guessed away). */
        private List<Found> withoutSelf(AuthorityRole role, List<Found> found, String source, HolderSpec spec) {
            List<Found> kept = new ArrayList<>();
            for (Found f : found) {
                if (isSelf(f.holder())) {
                    Map<String, String> facts = baseFacts();
                    facts.put("role", role.name());
                    facts.put("holder", spec.toString());
                    findings.add(new Finding(match.row().ruleId(), false, source + " (" + Texts.holder(spec) + ") chỉ tới chính "
                            + person.fullName() + " cho vai trò " + role.verb() + "; một người không tự "
                            + role.verb() + " cho mình. Kiểm tra vai trò của người này trong đơn vị (cấp trưởng phải"
                            + " khớp dòng dành cho cấp trưởng) hoặc tạo ghi đè (ORG-11).", facts));
                } else {
                    kept.add(f);
                }
            }
            return kept;
        }

        private boolean isSelf(Holder holder) {
            return holder instanceof PersonHolder p && p.person().id() == person.personId();
        }

        // --- overrides -------------------------------------------------------------------------------

        /** The valid overrides of a level for the role, minus (with a failed finding) those naming the person. */
        private List<AuthorityOverride> usable(AuthorityRole role, List<AuthorityOverride> valid, boolean personLevel) {
            List<AuthorityOverride> usable = new ArrayList<>();
            for (AuthorityOverride o : valid) {
                if (o.role() != role || o.isPersonOverride() != personLevel) {
                    continue;
                }
                if (isSelf(o.holder())) {
                    findings.add(new Finding(AUTHORITY_RULE, false, o.label() + " giao vai trò " + role.verb()
                            + " cho chính " + person.fullName() + "; một người không tự " + role.verb()
                            + " cho mình nên ghi đè này bị bỏ qua.", overrideFacts(o)));
                } else {
                    usable.add(o);
                }
            }
            return usable;
        }

        private void applyOverrides(AuthorityRole role, List<AuthorityOverride> chosen, List<AuthorityOverride> superseded) {
            String replaced = match != null ? match.row().holder(role)
                    .map(spec -> " Ghi đè thay cho mặc định theo " + match.row().ref() + ": "
                            + Texts.holder(spec.holder()) + ".")
                    .orElse("") : "";
            String beats = superseded.isEmpty() ? "" : " Ghi đè theo người được ưu tiên hơn ghi đè theo đơn vị ("
                    + superseded.stream().map(AuthorityOverride::label).collect(Collectors.joining(", ")) + ").";
            for (AuthorityOverride o : chosen) {
                String scope = o.isPersonOverride() ? "ghi đè theo người" : "ghi đè theo đơn vị " + person.unit().name();
                String text = o.holder().display() + " " + role.verb() + " đối với " + person.display() + " theo "
                        + o.label() + " (" + scope + ", hiệu lực " + Texts.period(o.validFrom(), o.validTo())
                        + ", do " + o.createdBy() + " tạo). Lý do: "
                        + Texts.sentence(o.reason()) + replaced + beats;
                assignments.add(new AuthorityAssignment(role, o.holder(), o.label(), text));
            }
            if (chosen.size() > 1 && (role == AuthorityRole.EVALUATE || role == AuthorityRole.DECIDE)) {
                Map<String, String> facts = baseFacts();
                facts.put("role", role.name());
                findings.add(new Finding(AUTHORITY_RULE, false, "Có " + chosen.size() + " ghi đè cùng hiệu lực giao vai trò "
                        + role.verb() + " đối với " + person.fullName() + " ("
                        + chosen.stream().map(AuthorityOverride::label).collect(Collectors.joining(", "))
                        + "); cần giữ lại một.", facts));
            }
        }

        // --- facts -----------------------------------------------------------------------------------

        private Map<String, String> baseFacts() {
            Map<String, String> facts = new LinkedHashMap<>();
            facts.put("personId", Long.toString(person.personId()));
            facts.put("kind", kind.name());
            facts.put("date", date.toString());
            facts.put("unitId", Long.toString(person.unit().id()));
            facts.put("unitKind", person.unit().kind().name());
            facts.put("unitRole", person.role().name());
            facts.put("category", person.category().name());
            facts.put("headcount", Integer.toString(person.unit().headcount()));
            facts.put("districtStandingMember", Boolean.toString(person.districtStandingMember()));
            facts.put("standingCommitteeManaged", Boolean.toString(person.standingCommitteeManaged()));
            facts.put("rulePack", table.ref().toString());
            return facts;
        }

        private Map<String, String> overrideFacts(AuthorityOverride o) {
            Map<String, String> facts = baseFacts();
            facts.put("override", o.label());
            facts.put("role", o.role().name());
            facts.put("validFrom", o.validFrom().toString());
            facts.put("validTo", o.validTo() == null ? "" : o.validTo().toString());
            return facts;
        }

        private String roleName() {
            switch (person.role()) {
                case HEAD:
                    return "cấp trưởng";
                case DEPUTY:
                    return "cấp phó";
                default:
                    return "thành viên";
            }
        }
    }

    /** A holder found for a spec and how it was found ("người đứng đầu Phòng Tư pháp ngày 30/06/2023"). */
    private record Found(Holder holder, String how) {
    }

    /** Either holders or the reason none could be found. */
    private record Resolution(List<Found> found, String failure) {

        static Resolution of(Found found) {
            return new Resolution(List.of(found), null);
        }

        static Resolution failed(String why) {
            return new Resolution(List.of(), why);
        }
    }
}
