// Any node of the model by id: one index seek per label (an unlabelled match would scan every node).
CALL () {
  MATCH (n:Document {id: $id}) RETURN n
  UNION MATCH (n:Entity {id: $id}) RETURN n
  UNION MATCH (n:Topic {id: $id}) RETURN n
  UNION MATCH (n:Task {id: $id}) RETURN n
  UNION MATCH (n:Goal {id: $id}) RETURN n
  UNION MATCH (n:Target {id: $id}) RETURN n
  UNION MATCH (n:Section {id: $id}) RETURN n
}
RETURN n {.*, text: CASE WHEN n:Document THEN null ELSE n.text END, labels: labels(n)} AS node
LIMIT 1
