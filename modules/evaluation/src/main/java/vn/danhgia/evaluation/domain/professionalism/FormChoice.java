package vn.danhgia.evaluation.domain.professionalism;

import java.util.Objects;
import java.util.Optional;
import vn.danhgia.platform.rules.Finding;

/**
 * The form chosen for a person (RULES.md PRO-3) and why.
 *
 * @param formCode the form ("03", "04", "05"); null when it could not be chosen (the finding says why)
 */
public record FormChoice(String formCode, Finding finding) {

    public FormChoice {
        Objects.requireNonNull(finding, "finding");
    }

    public Optional<String> form() {
        return Optional.ofNullable(formCode);
    }
}
