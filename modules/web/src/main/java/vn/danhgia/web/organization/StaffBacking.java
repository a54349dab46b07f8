package vn.danhgia.web.organization;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonFacade.GradeOption;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.organization.api.people.PersonSummary;

/** Backs {@code /organization/staff.xhtml}: the lazy, filtered staff list (RULES.md ORG-2..5). */
@Named
@ViewScoped
public class StaffBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, PersonQuery.SortField> SORT_FIELDS = Map.of(
            "fullName", PersonQuery.SortField.FULL_NAME,
            "staffCode", PersonQuery.SortField.STAFF_CODE,
            "birthDate", PersonQuery.SortField.BIRTH_DATE,
            "unitName", PersonQuery.SortField.UNIT,
            "category", PersonQuery.SortField.CATEGORY);

    @Inject
    private transient PersonFacade people;

    @Inject
    private transient UnitFacade units;

    private String name;
    private Long unitId;
    private StaffCategory category;
    private String gradeCode;
    private LocalDate asOf = LocalDate.now();
    private List<UnitView> unitOptions;
    private List<GradeOption> gradeOptions;
    private final LazyDataModel<PersonSummary> model = new StaffModel();
    private boolean moreThanTotal;

    @PostConstruct
    void init() {
        unitOptions = units.unitsAsOf(asOf);
        gradeOptions = people.grades();
    }

    /** The date changed: the units valid then are the ones to choose from. */
    public void dateChanged() {
        unitOptions = units.unitsAsOf(asOf);
    }

    private final class StaffModel extends LazyDataModel<PersonSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) people.search(query(0, 1, null)).total();
        }

        @Override
        public List<PersonSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                        Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            var page = people.search(query(first, pageSize, sort));
            setRowCount((int) page.total());
            moreThanTotal = page.moreThanTotal();
            return page.items();
        }

        @Override
        public String getRowKey(PersonSummary person) {
            return Long.toString(person.id());
        }

        @Override
        public PersonSummary getRowData(String rowKey) {
            return null;
        }
    }

    private PersonQuery query(int first, int pageSize, SortMeta sort) {
        PersonQuery.SortField field = sort == null ? PersonQuery.SortField.FULL_NAME
                : SORT_FIELDS.getOrDefault(sort.getField(), PersonQuery.SortField.FULL_NAME);
        boolean ascending = sort == null || sort.getOrder() != SortOrder.DESCENDING;
        return new PersonQuery(name, unitId, category, gradeCode, asOf, field, ascending, first,
                Math.min(Math.max(pageSize, 1), PersonQuery.MAX_PAGE_SIZE));
    }

    public LazyDataModel<PersonSummary> getModel() { return model; }
    public boolean isMoreThanTotal() { return moreThanTotal; }
    public StaffCategory[] getCategories() { return StaffCategory.values(); }
    public List<UnitView> getUnitOptions() { return unitOptions; }
    public List<GradeOption> getGradeOptions() { return gradeOptions; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public StaffCategory getCategory() { return category; }
    public void setCategory(StaffCategory category) { this.category = category; }
    public String getGradeCode() { return gradeCode; }
    public void setGradeCode(String gradeCode) { this.gradeCode = gradeCode; }
    public LocalDate getAsOf() { return asOf; }
    public void setAsOf(LocalDate asOf) { this.asOf = asOf == null ? LocalDate.now() : asOf; }
}
