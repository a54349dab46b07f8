package vn.danhgia.evaluation.application.quarter;

import vn.danhgia.evaluation.domain.professionalism.SheetFacts;
import vn.danhgia.evaluation.infrastructure.quarter.CurrentRuling;
import vn.danhgia.evaluation.infrastructure.quarter.NewRuling;
import vn.danhgia.evaluation.infrastructure.quarter.SheetInput;

/** An item of the rulings run: a sheet with its facts and current ruling, and (after processing) its new revision. */
record RulingCandidate(SheetInput input, SheetFacts facts, CurrentRuling current, NewRuling ruling) {

    RulingCandidate with(NewRuling newRuling) {
        return new RulingCandidate(input, facts, current, newRuling);
    }
}
