package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import vn.danhgia.evaluation.infrastructure.quarter.QuarterRecord;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;
import vn.danhgia.organization.api.people.EvaluationFactsFacade;

/** Job {@code eva-quarter-open}, first step: counts the people of the tree so the progress bar has its total. */
@Named
@Dependent
public class OpenQuarterCount extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String quarterId;

    @Inject
    private SheetStore store;

    @EJB
    private EvaluationFactsFacade facts;

    @Override
    @Transactional
    public String process() {
        QuarterRecord quarter = store.quarterForUpdate(Long.parseLong(quarterId)).orElseThrow();
        quarter.setPeopleTotal(facts.peopleOfTree(quarter.getRootUnitId(), quarter.lastDay()).size());
        return "COUNTED";
    }
}
