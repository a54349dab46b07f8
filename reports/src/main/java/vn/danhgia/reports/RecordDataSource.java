package vn.danhgia.reports;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;

/**
 * A data source over a collection of Java records: the field {@code $F{name}} reads the record
 * component {@code name()} (or the component named by the field's description, if it has one).
 * JasperReports 7's {@code JRBeanCollectionDataSource} only understands JavaBean getters
 * ({@code getName()}), which records do not have. String values are normalised to NFC.
 * <p>
 * One instance serves one fill (not thread-safe, like every JRDataSource); the accessor
 * lookup is cached per record class for all instances.
 */
final class RecordDataSource implements JRRewindableDataSource {

    private static final Map<Class<?>, Map<String, Method>> ACCESSORS = new ConcurrentHashMap<>();

    private final Collection<?> records;
    private Iterator<?> iterator;
    private Object current;

    RecordDataSource(Collection<?> records) {
        this.records = records;
        this.iterator = records.iterator();
    }

    /** Whether every element is a record (an empty collection qualifies). */
    static boolean canRead(Collection<?> rows) {
        for (Object row : rows) {
            if (row == null || !row.getClass().isRecord()) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean next() {
        if (iterator.hasNext()) {
            current = iterator.next();
            return true;
        }
        current = null;
        return false;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        if (current == null) {
            return null;
        }
        String component = field.getDescription() == null || field.getDescription().isBlank()
                ? field.getName() : field.getDescription().strip();
        Method accessor = accessors(current.getClass()).get(component);
        if (accessor == null) {
            throw new JRException("Record " + current.getClass().getName() + " has no component '" + component
                    + "' for field '" + field.getName() + "'; components: " + accessors(current.getClass()).keySet());
        }
        try {
            return TextValues.nfc(accessor.invoke(current));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new JRException("Cannot read component '" + component + "' of " + current.getClass().getName(), e);
        }
    }

    @Override
    public void moveFirst() {
        iterator = records.iterator();
        current = null;
    }

    private static Map<String, Method> accessors(Class<?> recordClass) {
        return ACCESSORS.computeIfAbsent(recordClass, type -> {
            Map<String, Method> byName = new HashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                Method accessor = component.getAccessor();
                accessor.trySetAccessible(); // a record that is not public (e.g. nested in a package-private class)
                byName.put(component.getName(), accessor);
            }
            return Map.copyOf(byName);
        });
    }
}
