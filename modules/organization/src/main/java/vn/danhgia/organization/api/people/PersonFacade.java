package vn.danhgia.organization.api.people;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Reading the staff registry (RULES.md ORG-2..10). */
@Local
public interface PersonFacade {

    PersonPage search(PersonQuery query);

    Optional<PersonDetail> detail(long personId);

    /**
     * Corrects a person's own fields; the previous values go to the history with who, when and why.
     * Fails with {@code OrganizationException} (code CONCURRENT_CHANGE) when someone saved in between,
     * or with a Vietnamese message when a value is invalid; nothing is changed then.
     */
    PersonDetail update(PersonEdit edit, String by);

    /** The grade and professional-title catalogue: code and name. */
    List<GradeOption> grades();

    record GradeOption(String code, String name) {
    }
}
