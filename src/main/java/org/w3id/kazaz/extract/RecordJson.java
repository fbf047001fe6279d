package org.w3id.kazaz.extract;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.apache.jena.atlas.json.JsonValue;

/**
 * Records of an extraction as JSON and back, so that they can be kept and reused: any record whose
 * components are strings, numbers ({@code int}, {@code Integer}, {@code double}, {@code Double},
 * {@code BigDecimal}, kept as their exact decimal text), dates, enums, records of the same kind, or
 * lists of these. Written by hand over the record components rather than with a binding library:
 * the project has no JSON binding on its classpath, Jena's JSON values are enough, and the
 * records' canonical constructors keep their own checks when read back.
 */
public final class RecordJson {
  private RecordJson() {}

  /** {@code r} as a JSON object, one key per component. */
  public static JsonObject write(Record r) {
    JsonObject o = new JsonObject();
    for (RecordComponent c : r.getClass().getRecordComponents()) {
      try {
        o.put(c.getName(), value(c.getAccessor().invoke(r)));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(r.getClass().getName() + "." + c.getName(), e);
      }
    }
    return o;
  }

  /**
   * The record of class {@code type} that {@code o} describes.
   *
   * @throws IllegalArgumentException if {@code o} does not describe one (a key missing, a value of
   *     another type): the JSON was written by another version of the records
   */
  public static <R extends Record> R read(JsonObject o, Class<R> type) {
    RecordComponent[] cs = type.getRecordComponents();
    Object[] args = new Object[cs.length];
    Class<?>[] types = new Class<?>[cs.length];
    for (int i = 0; i < cs.length; i++) {
      types[i] = cs[i].getType();
      if (!o.hasKey(cs[i].getName())) {
        throw new IllegalArgumentException(type.getSimpleName() + ": no " + cs[i].getName());
      }
      args[i] = object(o.get(cs[i].getName()), cs[i].getGenericType());
    }
    try {
      Constructor<R> k = type.getDeclaredConstructor(types);
      k.setAccessible(true);
      return k.newInstance(args);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalArgumentException(type.getSimpleName() + ": " + e, e);
    }
  }

  private static JsonValue value(Object v) {
    if (v == null) {
      return JsonNull.instance;
    }
    if (v instanceof Record r) {
      return write(r);
    }
    if (v instanceof List<?> list) {
      JsonArray a = new JsonArray();
      list.forEach(x -> a.add(value(x)));
      return a;
    }
    if (v instanceof String || v instanceof Enum<?> || v instanceof BigDecimal
        || v instanceof LocalDate || v instanceof Number || v instanceof Boolean) {
      // every scalar as its exact text: no rounding of decimals through a double
      return new JsonString(v instanceof Enum<?> e ? e.name() : v.toString());
    }
    throw new IllegalArgumentException("cannot keep a " + v.getClass().getName());
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object object(JsonValue v, Type type) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      List<Object> out = new ArrayList<>();
      for (JsonValue x : v.getAsArray()) {
        out.add(object(x, p.getActualTypeArguments()[0]));
      }
      return out;
    }
    Class<?> c = (Class<?>) type;
    if (c.isRecord()) {
      return read(v.getAsObject(), (Class<? extends Record>) c);
    }
    String s = v.getAsString().value();
    if (c == String.class) {
      return s;
    } else if (c == int.class || c == Integer.class) {
      return Integer.valueOf(s);
    } else if (c == double.class || c == Double.class) {
      return Double.valueOf(s);
    } else if (c == long.class || c == Long.class) {
      return Long.valueOf(s);
    } else if (c == boolean.class || c == Boolean.class) {
      return Boolean.valueOf(s);
    } else if (c == BigDecimal.class) {
      return new BigDecimal(s);
    } else if (c == LocalDate.class) {
      return LocalDate.parse(s);
    } else if (c.isEnum()) {
      return Enum.valueOf((Class<Enum>) c, s);
    }
    throw new IllegalArgumentException("cannot read a " + c.getName());
  }
}
