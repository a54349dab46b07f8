package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;

/** Job {@code eva-quarter-open}, last step: every sheet exists, the quarter is open for self-assessment (PRO-11 step 1). */
@Named
@Dependent
public class OpenQuarterDone extends AbstractBatchlet {

    @Inject
    @BatchProperty
    private String quarterId;

    @Inject
    private SheetStore store;

    @Override
    @Transactional
    public String process() {
        store.quarterForUpdate(Long.parseLong(quarterId)).orElseThrow().markOpen();
        return "OPEN";
    }
}
