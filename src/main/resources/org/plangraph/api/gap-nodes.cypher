// The nodes audit gaps are about (tasks, targets, goals, actors), by id, one index seek per label.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Task {id: id}) RETURN n
  UNION MATCH (n:Target {id: id}) RETURN n
  UNION MATCH (n:Goal {id: id}) RETURN n
  UNION MATCH (n:Entity {id: id}) RETURN n
}
RETURN id, n {.*, labels: labels(n)} AS node
