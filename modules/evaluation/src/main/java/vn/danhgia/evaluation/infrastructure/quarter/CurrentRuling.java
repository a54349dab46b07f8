package vn.danhgia.evaluation.infrastructure.quarter;

/** What a run needs to know of a sheet's current ruling: its revision, kind and input fingerprint. */
public record CurrentRuling(long sheetId, int revision, String kind, String inputHash) {
}
