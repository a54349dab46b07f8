package vn.danhgia.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;

/** Backs {@code /organization/units.xhtml}: the units valid on a date and their PDF. */
@Named
@ViewScoped
public class UnitsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient UnitFacade unitFacade;

    private LocalDate asOf = LocalDate.now();
    private List<UnitView> units;

    @PostConstruct
    void load() {
        units = unitFacade.unitsAsOf(asOf);
    }

    public void reload() {
        load();
    }

    public StreamedContent getPdf() {
        LocalDate date = asOf;
        return DefaultStreamedContent.builder()
                .name("danh-sach-don-vi.pdf")
                .contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(unitFacade.unitListPdf(date)))
                .build();
    }

    public List<UnitView> getUnits() { return units; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf == null ? LocalDate.now() : asOf; }
}
