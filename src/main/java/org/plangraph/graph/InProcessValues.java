package org.plangraph.graph;

import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import org.neo4j.graphdb.Entity;
import org.neo4j.graphdb.Path;

/**
 * The values of an in-process result as driver values. Statements meant to run both ways answer maps, lists and plain
 * values (project nodes: {@code n {.id, .name}}); a node, relationship or path is refused with that advice rather than
 * answered in a shape the Bolt way would not give.
 */
final class InProcessValues {

	private InProcessValues() {
	}

	static Value value(Object object) {
		if (object == null) {
			return Values.NULL;
		}
		if (object instanceof Entity || object instanceof Path) {
			throw new IllegalArgumentException("A statement run in process answered a "
					+ object.getClass().getSimpleName()
					+ "; answer a map projection instead (n {.id, .name}), which reads the same over Bolt");
		}
		if (object instanceof Map<?, ?> map) {
			Map<String, Value> values = new LinkedHashMap<>(map.size() * 2);
			map.forEach((key, v) -> values.put(String.valueOf(key), value(v)));
			return Values.value(values);
		}
		if (object instanceof Iterable<?> iterable) {
			List<Value> values = new ArrayList<>();
			iterable.forEach(v -> values.add(value(v)));
			return Values.value(values);
		}
		if (object.getClass().isArray() && !(object instanceof byte[])) {
			int length = Array.getLength(object);
			List<Value> values = new ArrayList<>(length);
			for (int i = 0; i < length; i++) {
				values.add(value(Array.get(object, i)));
			}
			return Values.value(values);
		}
		return Values.value(object);
	}

}
