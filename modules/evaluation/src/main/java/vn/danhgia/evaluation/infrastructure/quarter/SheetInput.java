package vn.danhgia.evaluation.infrastructure.quarter;

/** What a ruling reads of a sheet: who, which unit, which form, the evaluator's scores as stored (null = not scored). */
public record SheetInput(long sheetId, long quarterId, long personId, long unitId, String formCode, String scores) {
}
