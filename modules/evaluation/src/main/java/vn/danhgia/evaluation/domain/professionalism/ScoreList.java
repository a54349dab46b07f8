package vn.danhgia.evaluation.domain.professionalism;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** The scores of a sheet as stored: criterion order, ";"-separated plain decimals ("10;9.5;8"). */
public final class ScoreList {

    private ScoreList() {
    }

    public static String format(List<BigDecimal> scores) {
        StringJoiner joiner = new StringJoiner(";");
        scores.forEach(s -> joiner.add(s.stripTrailingZeros().toPlainString()));
        return joiner.toString();
    }

    /** The scores of a stored string; empty for null or blank. */
    public static List<BigDecimal> parse(String stored) {
        List<BigDecimal> scores = new ArrayList<>();
        if (stored == null || stored.isBlank()) {
            return scores;
        }
        for (String part : stored.split(";")) {
            scores.add(new BigDecimal(part.trim()));
        }
        return scores;
    }

    public static BigDecimal total(List<BigDecimal> scores) {
        return scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
