package vn.danhgia.organization.api.people;

import jakarta.ejb.Local;
import java.util.List;
import java.util.Optional;

/** Reading the staff registry (RULES.md ORG-2..10). */
@Local
public interface PersonFacade {

    PersonPage search(PersonQuery query);

    Optional<PersonDetail> detail(long personId);

    /** The grade and professional-title catalogue: code and name. */
    List<GradeOption> grades();

    record GradeOption(String code, String name) {
    }
}
