package vn.danhgia.web.el;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.el.ELContext;
import jakarta.el.PropertyNotWritableException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    record Unit(String code, String name) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    private ELContext context() {
        return new ELContext() {
            @Override public jakarta.el.ELResolver getELResolver() { return resolver; }
            @Override public jakarta.el.FunctionMapper getFunctionMapper() { return null; }
            @Override public jakarta.el.VariableMapper getVariableMapper() { return null; }
        };
    }

    @Test
    @DisplayName("#{unit.name} reads the record component")
    void readsComponent() {
        ELContext context = context();
        assertEquals("Phường Bồ Đề", resolver.getValue(context, new Unit("P01", "Phường Bồ Đề"), "name"));
        assertTrue(context.isPropertyResolved());
    }

    @Test
    @DisplayName("Other objects and unknown properties are left to the other resolvers")
    void leavesOthers() {
        ELContext context = context();
        assertNull(resolver.getValue(context, "not a record", "length"));
        assertNull(resolver.getValue(context, new Unit("P01", "x"), "missing"));
        assertTrue(!context.isPropertyResolved());
    }

    @Test
    @DisplayName("Records are read-only")
    void readOnly() {
        ELContext context = context();
        assertTrue(resolver.isReadOnly(context, new Unit("P01", "x"), "name"));
        assertThrows(PropertyNotWritableException.class,
                () -> resolver.setValue(context, new Unit("P01", "x"), "name", "y"));
    }
}
