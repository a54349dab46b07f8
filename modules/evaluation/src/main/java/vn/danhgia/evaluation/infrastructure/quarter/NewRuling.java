package vn.danhgia.evaluation.infrastructure.quarter;

import java.math.BigDecimal;

/** A ruling revision to insert (RULES.md RP-2, PUB-2): a RUN of the rules or an ADJUSTMENT (PRO-10). */
public record NewRuling(long sheetId, long quarterId, String kind, String outcome, BigDecimal total,
                        String findingsJson, String summary, String rulePack, String inputHash, String createdBy,
                        String decidedBy, String reason, Long jobExecutionId) {
}
