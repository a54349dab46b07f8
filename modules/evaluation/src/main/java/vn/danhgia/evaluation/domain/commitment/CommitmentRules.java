package vn.danhgia.evaluation.domain.commitment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule.Dated;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule.Group;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.RulePackRef;

/**
 * The yearly commitment rules (RULES.md PRO-1, [LB §III.2]) over the {@link CommitmentRule} of a PRO rule pack:
 * <ul>
 *   <li>a school signs by 20/9 (publishes by 25/9), every other unit by 20/01 (25/01); 2023: 28/02 for all;</li>
 *   <li>a person on a leave of at least one month (maternity, unpaid, sick, annual, long personal leave — the
 *       pack's list) on the sign-by date — the unit's "signing time" — needn't sign by then: they sign after
 *       returning and are put on the supplementary list;</li>
 *   <li>a signature after the sign-by date is accepted and marked late (never refused); a signature after the
 *       unit list was published goes to the supplementary list.</li>
 * </ul>
 * Pure Java; each decision carries findings citing PRO-1 (RP-2).
 */
public final class CommitmentRules {

    public static final String RULE = "PRO-1";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> KIND_NAMES = Map.of(
            "MATERNITY", "nghỉ thai sản",
            "SICK", "nghỉ ốm",
            "UNPAID", "nghỉ không lương",
            "ANNUAL", "nghỉ phép",
            "SUMMER_BREAK", "nghỉ hè",
            "PERSONAL_LONG", "nghỉ việc riêng dài ngày",
            "TRAINING", "đi học, bồi dưỡng");

    private final CommitmentRule rule;
    private final RulePackRef pack;

    public CommitmentRules(CommitmentRule rule, RulePackRef pack) {
        this.rule = Objects.requireNonNull(rule, "rule");
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    public RulePackRef pack() {
        return pack;
    }

    /** PRO-1: schools (the schools block) keep the school-year deadline; every other unit the January one. */
    public static Group groupOf(boolean school) {
        return school ? Group.SCHOOLS : Group.OTHERS;
    }

    /**
     * The deadline of a unit's campaign of the year, opened on {@code openedOn}. A year usually has one deadline per
     * group; where an override adds one (2023 schools: 28/02 and 20/9), the campaign takes the earliest deadline not
     * yet passed on the opening day, or the last one when all have passed (OPEN in the pack: one campaign per unit
     * and year).
     */
    public CampaignDeadline deadline(int year, Group group, LocalDate openedOn) {
        List<Dated> dates = rule.deadlines(year, group);
        Dated chosen = dates.stream().filter(d -> !d.signBy().isBefore(openedOn)).findFirst()
                .orElse(dates.get(dates.size() - 1));
        String who = group == Group.SCHOOLS ? "khối trường học" : "đơn vị ngoài khối trường học";
        String message = RULE + ": " + who + " — ký cam kết chậm nhất " + DAY.format(chosen.signBy())
                + ", công khai danh sách chậm nhất " + DAY.format(chosen.publishBy())
                + (chosen.override() ? " (hạn riêng của năm " + year + ")" : "")
                + (dates.size() > 1 ? "; năm " + year + " có " + dates.size() + " hạn, đợt lấy hạn "
                        + (chosen.signBy().isBefore(openedOn) ? "cuối cùng" : "gần nhất chưa qua") + " khi mở" : "")
                + " (" + pack + ")";
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("year", Integer.toString(year));
        facts.put("group", group.name());
        facts.put("signBy", chosen.signBy().toString());
        facts.put("publishBy", chosen.publishBy().toString());
        facts.put("override", Boolean.toString(chosen.override()));
        facts.put("rulePack", pack.toString());
        return new CampaignDeadline(year, group, chosen.signBy(), chosen.publishBy(), chosen.override(),
                new Finding(RULE, true, message, facts));
    }

    /**
     * PRO-1: whether the person signs later. The leaves of the pack's kinds that follow each other (no day between)
     * count as one; the one covering {@code signBy} defers the signature when it lasts at least the pack's number of
     * months (01/01–28/02 does, 3 weeks does not).
     */
    public DeferralCheck deferral(List<Leave> leaves, LocalDate signBy) {
        Set<String> kinds = rule.lateSigningAbsenceKinds();
        List<Leave> relevant = leaves.stream().filter(l -> kinds.contains(l.kind()))
                .sorted(Comparator.comparing(Leave::start)).toList();
        LocalDate from = null;
        LocalDate to = null;
        Set<String> spellKinds = new LinkedHashSet<>();
        for (Leave leave : relevant) {
            if (to != null && !leave.start().isAfter(to.plusDays(1))) {
                if (leave.end().isAfter(to)) {
                    to = leave.end();
                }
                spellKinds.add(leave.kind());
                continue;
            }
            if (from != null && !from.isAfter(signBy) && !to.isBefore(signBy)) {
                break; // the spell covering the date is complete
            }
            from = leave.start();
            to = leave.end();
            spellKinds.clear();
            spellKinds.add(leave.kind());
        }
        int months = rule.lateSigningAbsenceMinMonths();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("signBy", signBy.toString());
        facts.put("minMonths", Integer.toString(months));
        facts.put("kinds", String.join(",", kinds.stream().sorted().toList()));
        if (from == null || from.isAfter(signBy) || to.isBefore(signBy)) {
            return new DeferralCheck(false, List.of(), null, null, null, new Finding(RULE, true, RULE
                    + ": không nghỉ dài ngày vào hạn ký " + DAY.format(signBy) + " — ký theo hạn chung", facts));
        }
        facts.put("leaveFrom", from.toString());
        facts.put("leaveTo", to.toString());
        facts.put("leaveKinds", String.join(",", spellKinds));
        String leave = kindNames(spellKinds) + " từ " + DAY.format(from) + " đến " + DAY.format(to);
        boolean deferred = !from.plusMonths(months).isAfter(to.plusDays(1));
        if (!deferred) {
            return new DeferralCheck(false, List.copyOf(spellKinds), from, to, null, new Finding(RULE, true, RULE
                    + ": " + leave + " (dưới " + months + " tháng) vào hạn ký " + DAY.format(signBy)
                    + " — vẫn ký theo hạn chung", facts));
        }
        String reason = Character.toUpperCase(leave.charAt(0)) + leave.substring(1);
        return new DeferralCheck(true, List.copyOf(spellKinds), from, to, reason, new Finding(RULE, true, RULE + ": "
                + leave + " (từ " + months + " tháng trở lên) vào hạn ký " + DAY.format(signBy)
                + " — chưa phải ký; ký sau khi hết thời gian nghỉ, vào danh sách bổ sung", facts));
    }

    /**
     * PRO-1: what a signature made at {@code signedAt} is. Signed by the sign-by date: on time, whatever the leave.
     * After it: deferred (supplementary list) when the person was on a long leave on the sign-by date, otherwise late
     * — recorded, not refused. Signed after the unit list was published ({@code publishedAt} not null and before the
     * signature): supplementary list as well.
     */
    public SigningDecision decide(LocalDateTime signedAt, LocalDate signBy, DeferralCheck deferral,
                                  LocalDateTime publishedAt) {
        List<Finding> findings = new ArrayList<>();
        LocalDate signedOn = signedAt.toLocalDate();
        Map<String, String> facts = Map.of("signedOn", signedOn.toString(), "signBy", signBy.toString());
        boolean late = false;
        boolean deferred = false;
        if (!signedOn.isAfter(signBy)) {
            findings.add(new Finding(RULE, true, RULE + ": ký ngày " + DAY.format(signedOn) + ", trong hạn "
                    + DAY.format(signBy), facts));
        } else if (deferral.deferred()) {
            deferred = true;
            findings.add(deferral.finding());
            findings.add(new Finding(RULE, true, RULE + ": ký ngày " + DAY.format(signedOn)
                    + (signedOn.isAfter(deferral.to()) ? " sau khi hết thời gian nghỉ" : " (chưa hết thời gian nghỉ)")
                    + " — không tính ký muộn; vào danh sách bổ sung", facts));
        } else {
            late = true;
            findings.add(new Finding(RULE, false, RULE + ": ký ngày " + DAY.format(signedOn) + ", sau hạn "
                    + DAY.format(signBy) + " — ghi nhận ký muộn", facts));
        }
        boolean afterPublication = publishedAt != null && publishedAt.isBefore(signedAt);
        if (afterPublication) {
            findings.add(new Finding(RULE, true, RULE + ": danh sách của đơn vị đã công khai ngày "
                    + DAY.format(publishedAt.toLocalDate()) + " — vào danh sách bổ sung",
                    Map.of("publishedOn", publishedAt.toLocalDate().toString())));
        }
        return new SigningDecision(late, deferred, deferred ? deferral.reason() : null, deferred || afterPublication,
                findings);
    }

    /** PRO-1: a person who has not signed is deferred (long leave at signing time) or still expected to sign. */
    public static CommitmentState unsignedState(DeferralCheck deferral) {
        return deferral.deferred() ? CommitmentState.DEFERRED : CommitmentState.NOT_SIGNED;
    }

    /** PRO-1: a list published after its publish-by date is marked late (accepted). */
    public static boolean publishedLate(LocalDateTime publishedAt, LocalDate publishBy) {
        return publishedAt != null && publishedAt.toLocalDate().isAfter(publishBy);
    }

    /** "nghỉ thai sản", or "nghỉ ốm, nghỉ không lương" for a leave made of several kinds. */
    public static String kindNames(Iterable<String> kinds) {
        List<String> names = new ArrayList<>();
        kinds.forEach(k -> names.add(KIND_NAMES.getOrDefault(k, k)));
        return String.join(", ", names);
    }
}
