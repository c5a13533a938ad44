package org.bilatsim.experiment.spark;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.Serializer;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.Output;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.objenesis.strategy.StdInstantiatorStrategy;

/**
 * Run specs and outcomes as bytes, to cross from the driver to Spark's executors and back. Kryo (the
 * version Spark itself ships) with three additions for bilatsim's immutable values, which its stock
 * serializers cannot rebuild: records through their canonical constructor (their final fields cannot
 * be set by reflection), and lists, sets and maps as their elements in iteration order, read back into
 * unmodifiable insertion-ordered copies (the JDK's immutable collections have no public constructor).
 * References are kept, so the parts that the specs of one experiment share (a config's countries,
 * products, tariffs) are written once however many replications use them.
 */
final class Wire {
    private static final ThreadLocal<Kryo> KRYO = ThreadLocal.withInitial(Wire::kryo);

    private Wire() {}

    static byte[] write(Object value) {
        Output out = new Output(4096, -1);
        KRYO.get().writeClassAndObject(out, value);
        return out.toBytes();
    }

    static Object read(byte[] bytes) {
        Kryo kryo = KRYO.get();
        // Executors load the application's jars in a class loader of their own (spark.jars).
        kryo.setClassLoader(Thread.currentThread().getContextClassLoader());
        return kryo.readClassAndObject(new Input(bytes));
    }

    private static Kryo kryo() {
        Kryo kryo = new Kryo();
        kryo.setRegistrationRequired(false);
        kryo.setReferences(true);
        kryo.setInstantiatorStrategy(new Kryo.DefaultInstantiatorStrategy(new StdInstantiatorStrategy()));
        kryo.addDefaultSerializer(Record.class, new RecordSerializer());
        kryo.addDefaultSerializer(List.class, new ListSerializer());
        kryo.addDefaultSerializer(Set.class, new SetSerializer());
        kryo.addDefaultSerializer(Map.class, new MapSerializer());
        return kryo;
    }

    /** A record as its components, rebuilt through its canonical constructor. */
    private static final class RecordSerializer extends Serializer<Record> {
        private final ClassValue<Shape> shapes = new ClassValue<>() {
            @Override
            protected Shape computeValue(Class<?> type) {
                return Shape.of(type);
            }
        };

        private record Shape(Method[] accessors, Constructor<?> constructor) {
            static Shape of(Class<?> type) {
                RecordComponent[] components = type.getRecordComponents();
                Method[] accessors = new Method[components.length];
                Class<?>[] types = new Class<?>[components.length];
                for (int i = 0; i < components.length; i++) {
                    accessors[i] = components[i].getAccessor();
                    accessors[i].setAccessible(true);
                    types[i] = components[i].getType();
                }
                try {
                    Constructor<?> constructor = type.getDeclaredConstructor(types);
                    constructor.setAccessible(true);
                    return new Shape(accessors, constructor);
                } catch (NoSuchMethodException e) {
                    throw new IllegalStateException("record without canonical constructor: " + type, e);
                }
            }
        }

        @Override
        public void write(Kryo kryo, Output output, Record value) {
            try {
                for (Method accessor : shapes.get(value.getClass()).accessors()) {
                    kryo.writeClassAndObject(output, accessor.invoke(value));
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read a component of " + value.getClass(), e);
            }
        }

        @Override
        public Record read(Kryo kryo, Input input, Class<Record> type) {
            Shape shape = shapes.get(type);
            Object[] components = new Object[shape.accessors().length];
            for (int i = 0; i < components.length; i++) {
                components[i] = kryo.readClassAndObject(input);
            }
            try {
                return (Record) shape.constructor().newInstance(components);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot rebuild " + type, e);
            }
        }
    }

    private static void writeElements(Kryo kryo, Output output, Collection<?> values) {
        output.writeInt(values.size(), true);
        for (Object value : values) {
            kryo.writeClassAndObject(output, value);
        }
    }

    /** Reads what {@link #writeElements} wrote into {@code values}, in order, and returns it. */
    private static <C extends Collection<Object>> C readElements(Kryo kryo, Input input, int size, C values) {
        for (int i = 0; i < size; i++) {
            values.add(kryo.readClassAndObject(input));
        }
        return values;
    }

    @SuppressWarnings("rawtypes")
    private static final class ListSerializer extends Serializer<List> {
        @Override
        public void write(Kryo kryo, Output output, List value) {
            writeElements(kryo, output, value);
        }

        @Override
        public List read(Kryo kryo, Input input, Class<List> type) {
            int size = input.readInt(true);
            return Collections.unmodifiableList(readElements(kryo, input, size, new ArrayList<>(size)));
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class SetSerializer extends Serializer<Set> {
        @Override
        public void write(Kryo kryo, Output output, Set value) {
            writeElements(kryo, output, value);
        }

        @Override
        public Set read(Kryo kryo, Input input, Class<Set> type) {
            int size = input.readInt(true);
            return Collections.unmodifiableSet(readElements(kryo, input, size, new LinkedHashSet<>()));
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class MapSerializer extends Serializer<Map> {
        @Override
        public void write(Kryo kryo, Output output, Map value) {
            output.writeInt(value.size(), true);
            for (Object entry : value.entrySet()) {
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entry;
                kryo.writeClassAndObject(output, e.getKey());
                kryo.writeClassAndObject(output, e.getValue());
            }
        }

        @Override
        public Map read(Kryo kryo, Input input, Class<Map> type) {
            int size = input.readInt(true);
            Map<Object, Object> values = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                Object key = kryo.readClassAndObject(input);
                values.put(key, kryo.readClassAndObject(input));
            }
            return Collections.unmodifiableMap(values);
        }
    }
}
