package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;

/**
 * Job {@code eva-quarter-rulings}, processor: the ruling of one sheet (PRO-4..PRO-8) when its input changed; an
 * unchanged, adjusted or not yet scored sheet is filtered (counted as skipped). {@code failAfterItems} (job parameter,
 * for drills and the restart test) makes the run fail after that many items of this execution.
 */
@Named
@Dependent
public class RulingsProcessor implements ItemProcessor {

    @Inject
    @BatchProperty
    private String startedBy;

    @Inject
    @BatchProperty
    private String failAfterItems;

    @Inject
    private JobContext job;

    @Inject
    @BatchProperty
    private String quarterId;

    @Inject
    private RulingMaker maker;

    @Inject
    private vn.danhgia.evaluation.infrastructure.quarter.SheetStore store;

    private vn.danhgia.evaluation.domain.professionalism.ProRulePack pack;
    private int processed;

    @Override
    public Object processItem(Object item) {
        if (failAfterItems != null && !failAfterItems.isBlank() && ++processed > Integer.parseInt(failAfterItems)) {
            throw new IllegalStateException("Dừng thử theo tham số failAfterItems=" + failAfterItems);
        }
        RulingCandidate candidate = (RulingCandidate) item;
        if (pack == null) {
            pack = maker.pack(store.quarter(Long.parseLong(quarterId)).orElseThrow());
        }
        return maker.decide(pack, candidate.input(), candidate.facts(), candidate.current(),
                startedBy == null ? "batch" : startedBy, job.getExecutionId()).map(candidate::with).orElse(null);
    }
}
