package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;

/** Job {@code eva-quarter-open}, writer: the chunk's sheets in the chunk's transaction (unique per quarter and person). */
@Named
@Dependent
public class OpenQuarterWriter extends AbstractItemWriter {

    @Inject
    private SheetStore store;

    @Override
    public void writeItems(List<Object> items) {
        items.forEach(store::persist);
        store.flush();
    }
}
