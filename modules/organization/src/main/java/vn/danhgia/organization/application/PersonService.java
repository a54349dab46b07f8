package vn.danhgia.organization.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import java.time.LocalDate;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.people.PersonEdit;
import vn.danhgia.organization.domain.PersonEditRules;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;
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

    @EJB
    private AuditLog auditLog;

    @Override
    public PersonPage search(PersonQuery query) {
        return queries.search(query);
    }

    @Override
    public Optional<PersonDetail> detail(long personId) {
        return queries.detail(personId);
    }

    @Override
    public PersonDetail update(PersonEdit edit, String by) {
        PersonDetail before = queries.detail(edit.id()).orElseThrow(() ->
                new OrganizationException("PERSON_NOT_FOUND", "Không tìm thấy người cần sửa."));
        String problem = PersonEditRules.problem(edit, LocalDate.now());
        if (problem != null) {
            throw new OrganizationException("INVALID_PERSON", problem);
        }
        if (!queries.update(edit)) {
            throw new OrganizationException("CONCURRENT_CHANGE",
                    "Hồ sơ này vừa được người khác sửa; hãy tải lại trang để xem bản mới rồi sửa lại.");
        }
        queries.recordRevision(edit.id(), by, edit.reason(), PersonEditRules.snapshot(before), PersonEditRules.snapshot(edit));
        auditLog.record(by, AuditAction.DATA_CHANGED, "org_person#" + edit.id(), edit.reason());
        return queries.detail(edit.id()).orElseThrow();
    }

    @Override
    public List<GradeOption> grades() {
        return queries.grades();
    }
}
