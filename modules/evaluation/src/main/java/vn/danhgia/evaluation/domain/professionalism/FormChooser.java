package vn.danhgia.evaluation.domain.professionalism;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.danhgia.platform.rules.Finding;

/**
 * PRO-3: staff managed by the Standing Committee (of the City or District Party Committee) are
 * evaluated on the Standing-Committee form (03) whatever the size of their unit; everybody else on
 * the small-unit form (04) when the unit has fewer staff than the threshold (20), else on the
 * large-unit form (05). The threshold and the form codes come from the pack.
 */
public final class FormChooser {

    public static final String RULE = "PRO-3";

    private FormChooser() {
    }

    /**
     * @param standingCommitteeManaged the person's ORG-3 flag
     * @param unitHeadcount            number of CBCCVC, NLĐ of the person's unit (counted by the caller);
     *                                 null when unknown — then no form is chosen unless the flag decides
     */
    public static FormChoice choose(boolean standingCommitteeManaged, Integer unitHeadcount, ProRulePack pack) {
        FormChoiceRule rule = pack.formChoice();
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("standingCommitteeManaged", Boolean.toString(standingCommitteeManaged));
        facts.put("unitHeadcount", unitHeadcount == null ? "" : unitHeadcount.toString());
        facts.put("threshold", Integer.toString(rule.largeUnitThreshold()));
        if (standingCommitteeManaged) {
            String form = rule.standingCommitteeForm();
            facts.put("form", form);
            return new FormChoice(form, new Finding(RULE, true, "PRO-3: cán bộ diện Ban Thường vụ Thành ủy, Quận ủy "
                    + "quản lý — dùng mẫu " + form, facts));
        }
        if (unitHeadcount == null) {
            return new FormChoice(null, new Finding(RULE, false, "PRO-3: chưa có số CBCCVC, NLĐ của đơn vị — "
                    + "chưa chọn được mẫu phiếu (mẫu " + rule.smallUnitForm() + " nếu dưới " + rule.largeUnitThreshold()
                    + " người, mẫu " + rule.largeUnitForm() + " nếu từ " + rule.largeUnitThreshold() + " người trở lên)",
                    facts));
        }
        if (unitHeadcount < 0) {
            throw new IllegalArgumentException("unitHeadcount must be ≥ 0, got " + unitHeadcount);
        }
        boolean small = unitHeadcount < rule.largeUnitThreshold();
        String form = small ? rule.smallUnitForm() : rule.largeUnitForm();
        facts.put("form", form);
        String message = "PRO-3: đơn vị có " + unitHeadcount + " CBCCVC, NLĐ " + (small ? "< " : "≥ ")
                + rule.largeUnitThreshold() + " — dùng mẫu " + form;
        return new FormChoice(form, new Finding(RULE, true, message, facts));
    }
}
