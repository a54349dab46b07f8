package vn.danhgia.organization.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonPage;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.organization.infrastructure.people.PersonQueries;

/** Reading the staff registry (RULES.md ORG-2..10). */
@Stateless
public class PersonService implements PersonFacade {

    @Inject
    private PersonQueries queries;

    @Override
    public PersonPage search(PersonQuery query) {
        return queries.search(query);
    }

    @Override
    public Optional<PersonDetail> detail(long personId) {
        return queries.detail(personId);
    }

    @Override
    public List<GradeOption> grades() {
        return queries.grades();
    }
}
