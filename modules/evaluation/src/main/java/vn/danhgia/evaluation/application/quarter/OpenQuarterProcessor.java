package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.time.LocalDate;
import vn.danhgia.evaluation.domain.professionalism.FormChoice;
import vn.danhgia.evaluation.domain.professionalism.FormChooser;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.infrastructure.quarter.SheetRecord;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;
import vn.danhgia.organization.api.authority.AuthorityChainView;
import vn.danhgia.organization.api.authority.AuthorityFacade;
import vn.danhgia.organization.api.people.EvaluationFactsFacade.EvaluatedPerson;

/**
 * Job {@code eva-quarter-open}, processor: one person's sheet — the form by PRO-3 (with its explanation), the evaluator
 * (DECIDE, else EVALUATE) and the commenter (COMMENT, form-05 units) of the person's authority chain (PRO-9, ORG-11).
 */
@Named
@Dependent
public class OpenQuarterProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String quarterId;

    @Inject
    private SheetStore store;

    @EJB
    private AuthorityFacade authority;

    @Inject
    private RulingMaker maker;

    @Override
    public Object processItem(Object item) {
        EvaluatedPerson p = (EvaluatedPerson) item;
        vn.danhgia.evaluation.infrastructure.quarter.QuarterRecord quarter = store.quarter(Long.parseLong(quarterId)).orElseThrow();
        LocalDate lastDay = quarter.lastDay();
        ProRulePack pack = maker.pack(quarter);
        FormChoice form = FormChooser.choose(p.standingCommitteeManaged(), p.unitHeadcount(), pack);
        AuthorityChainView chain = authority.chain(p.personId(), AuthorityFacade.QUARTERLY, lastDay);
        AuthorityChainView.Assignment decider = role(chain, "DECIDE");
        if (decider == null) {
            decider = role(chain, "EVALUATE");
        }
        AuthorityChainView.Assignment commenter = "05".equals(form.formCode()) ? role(chain, "COMMENT") : null;
        String explanation = form.finding().message();
        return new SheetRecord(Long.parseLong(quarterId), p.personId(), p.staffCode(), p.fullName(), p.positionTitle(),
                p.unitId(), p.unitName(), p.block(), p.focalUnitId(), p.focalUnitName(),
                form.formCode() == null ? "?" : form.formCode(), explanation.length() > 1000 ? explanation.substring(0, 1000) : explanation,
                decider == null ? null : decider.holderPersonId(), decider == null ? null : decider.holder(),
                commenter == null ? null : commenter.holderPersonId(), commenter == null ? null : commenter.holder());
    }

    private static AuthorityChainView.Assignment role(AuthorityChainView chain, String role) {
        return chain.assignments().stream().filter(a -> role.equals(a.role())).findFirst().orElse(null);
    }
}
