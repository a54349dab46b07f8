package vn.danhgia.organization.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.reports.ReportRenderer;
import vn.danhgia.reports.organization.UnitListReport;

/** Assembles the data of the unit list PDF (RULES.md PUB-1) and renders it. */
@ApplicationScoped
public class UnitListReportAssembler {

    private static final ReportRenderer RENDERER = new ReportRenderer();

    @Inject
    @ConfigProperty(name = "danhgia.agency.parent")
    String parentAgency;

    @Inject
    @ConfigProperty(name = "danhgia.agency.name")
    String agency;

    @Inject
    @ConfigProperty(name = "danhgia.agency.place")
    String place;

    @Inject
    @ConfigProperty(name = "danhgia.agency.signer-title")
    String signerTitle;

    @Inject
    @ConfigProperty(name = "danhgia.agency.signer-name")
    Optional<String> signerName;

    public byte[] render(LocalDate date, List<UnitView> units) {
        UnitListReport.Parameters parameters = new UnitListReport.Parameters(parentAgency, agency, place,
                LocalDate.now(), "DANH SÁCH ĐƠN VỊ", signerTitle, signerName.orElse(""));
        return UnitListReport.render(RENDERER, parameters, rows(units));
    }

    private static List<UnitListReport.Row> rows(List<UnitView> units) {
        List<UnitListReport.Row> rows = new ArrayList<>(units.size());
        int index = 1;
        for (UnitView u : units) {
            rows.add(new UnitListReport.Row(index++, u.code(), u.name(), u.unitType(), u.block().officialName(),
                    u.parentName() == null ? "" : u.parentName()));
        }
        return rows;
    }
}
