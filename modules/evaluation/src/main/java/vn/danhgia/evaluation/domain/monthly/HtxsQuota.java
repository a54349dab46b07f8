package vn.danhgia.evaluation.domain.monthly;

import vn.danhgia.platform.rules.Finding;

/**
 * The cap on HTXS monthly ratings (RULES.md MON-2): at most the pack's share (30 %; 40 % in
 * outstanding units) of the people rated in a unit in a month. OPEN: the rounding is not in the
 * documents — the share is rounded down (10 people at 30 % → 3; 9 people → 2).
 */
public final class HtxsQuota {

    private HtxsQuota() {
    }

    /** The largest number of HTXS ratings allowed among {@code rated} people. */
    public static int maxHtxs(int rated, boolean outstandingUnit, MonRulePack pack) {
        if (rated < 0) {
            throw new IllegalArgumentException("rated must be ≥ 0");
        }
        int percent = outstandingUnit ? pack.outstandingUnitHtxsSharePercent() : pack.htxsSharePercent();
        return (int) ((long) rated * percent / 100);
    }

    public static Finding check(int rated, int htxs, boolean outstandingUnit, MonRulePack pack) {
        if (htxs < 0 || htxs > rated) {
            throw new IllegalArgumentException("htxs must be within 0.." + rated);
        }
        int percent = outstandingUnit ? pack.outstandingUnitHtxsSharePercent() : pack.htxsSharePercent();
        int max = maxHtxs(rated, outstandingUnit, pack);
        boolean ok = htxs <= max;
        String message = "MON-2: " + htxs + "/" + rated + " người xếp loại HTXS "
                + (ok ? "trong" : "vượt") + " tỷ lệ " + percent + "% (tối đa " + max + " người"
                + (outstandingUnit ? ", đơn vị xuất sắc" : "") + ")";
        return new Finding(MonthlyRating.MON_2, ok, message, MonthlyRating.facts("rated", Integer.toString(rated),
                "htxs", Integer.toString(htxs), "percent", Integer.toString(percent), "max", Integer.toString(max),
                "outstandingUnit", Boolean.toString(outstandingUnit)));
    }
}
