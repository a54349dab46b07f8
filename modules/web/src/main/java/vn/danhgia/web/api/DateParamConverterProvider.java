package vn.danhgia.web.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads ISO dates ({@code 2023-06-30}) in query and path parameters; a bad date is a clear 400. */
@Provider
public class DateParamConverterProvider implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != LocalDate.class) {
            return null;
        }
        return (ParamConverter<T>) new ParamConverter<LocalDate>() {
            @Override
            public LocalDate fromString(String value) {
                if (value == null || value.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(value.trim());
                } catch (DateTimeParseException e) {
                    throw new ApiRequestException(new ApiError("INVALID_DATE",
                            "Ngày \"" + value + "\" không hợp lệ; hãy nhập theo dạng năm-tháng-ngày, ví dụ 2023-06-30."));
                }
            }

            @Override
            public String toString(LocalDate value) {
                return value == null ? null : value.toString();
            }
        };
    }
}
