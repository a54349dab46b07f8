package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.listener.AbstractChunkListener;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;

/**
 * Job {@code eva-quarter-rulings}, chunk listener: after each chunk, records the last sheet the reader handed out
 * (put in the step's transient data by {@link RulingsReader}) on the quarter, so the page's progress bar moves while
 * the step runs. A failed chunk calls {@code onError}, not {@code afterChunk}: the progress stays at the last commit.
 */
@Named
@Dependent
public class RulingsProgress extends AbstractChunkListener {

    @Inject
    @BatchProperty
    private String quarterId;

    @Inject
    private StepContext step;

    @Inject
    private SheetStore store;

    @Override
    public void afterChunk() {
        if (step.getTransientUserData() instanceof Long lastSheetId) {
            store.recordRunProgress(Long.parseLong(quarterId), lastSheetId);
        }
    }
}
