package vn.danhgia.web.evaluation;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.io.Serializable;
import java.text.MessageFormat;
import java.util.List;
import java.util.Map;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.web.i18n.Texts;

/**
 * What the quarterly pages of this package (notice board, rewards, dashboard) share: the quarter chooser, the choice
 * made by a {@code ?quarter=} parameter, and refusals of the quarterly cycle ({@link EvaluationException}, a Vietnamese
 * message) shown as page messages instead of an error page.
 */
public final class QuarterPageSupport {

    static final String PUBLISHED = "PUBLISHED";
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private QuarterPageSupport() {
    }

    /** One entry of a chooser: a value (a quarter id, a scope) and its label in the user's language. */
    public record Option(Serializable value, String label) implements Serializable {
    }

    /** The quarters as options, the label from {@code <page>.option.quarter} ({0} roman, {1} number, {2} year, {3} district). */
    static List<Option> quarterOptions(FacesContext faces, String page, List<QuarterView> quarters) {
        String pattern = Texts.get(faces, page + ".option.quarter");
        String published = Texts.get(faces, page + ".option.published");
        return quarters.stream().map(q -> new Option(q.id(), MessageFormat.format(pattern,
                ROMAN[q.quarter() - 1], Integer.toString(q.quarter()), Integer.toString(q.year()), q.rootUnitName())
                + (PUBLISHED.equals(q.status()) ? published : ""))).toList();
    }

    /** "Quý III năm 2023" in the user's language, from {@code <page>.text.period} ({0} roman, {1} number, {2} year). */
    static String period(FacesContext faces, String page, QuarterView quarter) {
        return MessageFormat.format(Texts.get(faces, page + ".text.period"), ROMAN[quarter.quarter() - 1],
                Integer.toString(quarter.quarter()), Integer.toString(quarter.year()));
    }

    /** dd/MM/yyyy, as on official documents. */
    static String date(java.time.LocalDate date) {
        return date == null ? "" : date.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    /** The quarter named by the request parameter {@code quarter} when it is one of them, else null. */
    static Long requestedQuarter(FacesContext faces, List<QuarterView> quarters) {
        return longParameter(faces, "quarter", quarters.stream().map(QuarterView::id).toList());
    }

    /** A numeric request parameter when it is one of the allowed values, else null. */
    static Long longParameter(FacesContext faces, String name, List<Long> allowed) {
        Map<String, String> parameters = faces.getExternalContext().getRequestParameterMap();
        try {
            Long value = parameters.get(name) == null ? null : Long.valueOf(parameters.get(name).strip());
            return value != null && allowed.contains(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static QuarterView find(List<QuarterView> quarters, Long id) {
        return id == null ? null : quarters.stream().filter(q -> q.id() == id).findFirst().orElse(null);
    }

    /**
     * Shows a refusal of the quarterly cycle (its Vietnamese message) as an error message and marks the request failed;
     * rethrows anything else, which the error page handles.
     */
    static void refused(RuntimeException e) {
        Throwable cause = e;
        while (cause instanceof EJBException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof EvaluationException refusal) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusal.getMessage(), null));
            faces.validationFailed();
        } else {
            throw e;
        }
    }

    static void message(FacesMessage.Severity severity, String key, Object... parameters) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.get(faces, key);
        faces.addMessage(null, new FacesMessage(severity, parameters.length == 0 ? text
                : MessageFormat.format(text, parameters), null));
    }

    /** The outcome of a ruling in words, from the bundle ("evaluation.outcome.PROFESSIONAL"; none → NONE). */
    static String outcome(String outcome) {
        return Texts.get(FacesContext.getCurrentInstance(), "evaluation.outcome."
                + (outcome == null || outcome.isBlank() ? "NONE" : outcome));
    }
}
