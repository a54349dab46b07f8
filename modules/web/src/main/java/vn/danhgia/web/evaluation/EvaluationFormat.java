package vn.danhgia.web.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Vietnamese formats for the evaluation pages: dates "25/09/2023", times, decimals with a comma ("9,5"). */
@Named
@ApplicationScoped
public class EvaluationFormat {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String time(LocalDateTime time) {
        return time == null ? "" : TIME.format(time);
    }

    public String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
