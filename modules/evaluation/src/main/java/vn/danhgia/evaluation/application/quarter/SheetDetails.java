package vn.danhgia.evaluation.application.quarter;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.SheetDetail;
import vn.danhgia.evaluation.api.quarter.SheetRow;
import vn.danhgia.evaluation.domain.professionalism.Criterion;
import vn.danhgia.evaluation.domain.professionalism.FormDefinition;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.domain.professionalism.ScoreList;
import vn.danhgia.evaluation.infrastructure.quarter.FindingsJson;
import vn.danhgia.evaluation.infrastructure.quarter.RulingStore;
import vn.danhgia.evaluation.infrastructure.quarter.SheetRecord;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;

/** Builds the full view of one sheet: criteria with both scores, the quarter's monthly ratings, ruling history. */
final class SheetDetails {

    private SheetDetails() {
    }

    static SheetDetail of(SheetRecord sheet, QuarterView quarter, ProRulePack pack, SheetStore store, RulingStore rulings,
                          Access access) {
        SheetRow row = store.rows(quarter.id(), "s.id = ?2", sheet.getId()).get(0);
        FormDefinition form = pack.form(sheet.getFormCode()).orElse(null);
        List<BigDecimal> self = ScoreList.parse(sheet.getSelfScores());
        List<BigDecimal> scores = ScoreList.parse(sheet.getScores());
        List<SheetDetail.CriterionLine> criteria = new ArrayList<>();
        if (form != null) {
            for (Criterion c : form.criteriaSet().criteria()) {
                int i = c.number() - 1;
                criteria.add(new SheetDetail.CriterionLine(c.number(), c.group(), c.text(), c.mandatory(),
                        i < self.size() ? self.get(i) : null, i < scores.size() ? scores.get(i) : null));
            }
        }
        int first = quarter.quarter() * 3 - 2;
        Map<Integer, String> levels = store.monthlyLevels(List.of(sheet.getPersonId()), quarter.year(), first, first + 2)
                .getOrDefault(sheet.getPersonId(), Map.of());
        List<SheetDetail.MonthLevel> months = new ArrayList<>();
        for (int m = first; m < first + 3; m++) {
            months.add(new SheetDetail.MonthLevel(quarter.year(), m, levels.get(m)));
        }
        List<SheetDetail.RulingVersion> history = new ArrayList<>();
        for (Object[] r : rulings.history(sheet.getId())) {
            history.add(new SheetDetail.RulingVersion(((Number) r[0]).intValue(), r[1].toString(), r[2].toString(),
                    r[3] == null ? null : new BigDecimal(r[3].toString()), FindingsJson.read(r[4].toString()),
                    r[5].toString(), time(r[6]), r[7].toString(), r[8] == null ? null : r[8].toString(),
                    r[9] == null ? null : r[9].toString(), bool(r[10])));
        }
        boolean open = "OPEN".equals(quarter.status());
        return new SheetDetail(row, quarter, sheet.getVersion(), form == null ? sheet.getFormCode() : form.title(),
                sheet.getFormExplanation(), form == null ? null : criteriaNote(form), criteria, months, sheet.getSelfAt(),
                sheet.getCommentText(), sheet.getCommentBy(), sheet.getCommentAt(), sheet.getScoredBy(),
                sheet.getScoredAt(), self.isEmpty() ? null : ScoreList.total(self),
                scores.isEmpty() ? null : ScoreList.total(scores), history,
                open && access.canSelfAssess(sheet) && sheet.getScoredAt() == null,
                open && access.canComment(sheet), open && access.canScore(sheet), access.canAdjust(sheet)
                        && !history.isEmpty());
    }

    private static String criteriaNote(FormDefinition form) {
        return form.criteriaSet().label();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static LocalDateTime time(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
