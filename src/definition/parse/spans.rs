//! Where each field of a definition file is written, read off its parsed tree.

use std::collections::{HashMap, HashSet};

use super::tree::{Node, Tree, Value};
use super::*;

/// Where each field of a YAML document starts, by field path.
#[derive(Debug, Default, Clone)]
pub struct SpanIndex {
    values: HashMap<FieldPath, Position>,
    keys: HashMap<FieldPath, Position>,
    /// Keys that occur twice in one mapping: the path and the second occurrence.
    pub duplicate_keys: Vec<(FieldPath, Position)>,
    /// Values written with a YAML tag (`!!binary`, `!local`): the path, where,
    /// and the tag. Values are read without their tags, so tags are rejected.
    pub tags: Vec<(FieldPath, Position, String)>,
    /// Plain scalars that YAML reads as null (`null`, `~`): read as text they
    /// would be "null" or "~", which must never reach a voter.
    nulls: HashSet<FieldPath>,
    /// Unquoted values followed by a `#` comment on the same line, and where
    /// the `#` is: `ru: учитель школы #12, г. Тараз` reads as `учитель школы`,
    /// the rest silently dropped as a comment.
    comments_after: HashMap<FieldPath, Position>,
}

impl SpanIndex {
    /// Parses a document and indexes it (`None` if the YAML does not parse).
    #[cfg(test)]
    pub fn build(text: &str) -> Option<SpanIndex> {
        Tree::of_text(text).map(|tree| SpanIndex::of(&tree))
    }

    /// Indexes a parsed document.
    pub(crate) fn of(tree: &Tree) -> SpanIndex {
        let mut index = SpanIndex::default();
        if let Some(root) = &tree.root {
            index.visit(tree, root, FieldPath::root());
        }
        index
    }

    /// Records a node and everything in it (an alias is where it is written,
    /// not where its anchor is).
    fn visit(&mut self, tree: &Tree, node: &Node, path: FieldPath) {
        // An empty value is already where its key is (see `tree::place`).
        let at = node.at;
        self.values.entry(path.clone()).or_insert(at);
        if let Some(tag) = &node.tag {
            self.tags.push((path.clone(), at, tag.clone()));
        }
        match &node.value {
            Value::Scalar { comment_after, .. } => {
                if node.value.is_written_null_word() {
                    self.nulls.insert(path.clone());
                }
                if let Some(hash) = comment_after {
                    self.comments_after.insert(path, *hash);
                }
            }
            Value::List(items) => {
                for (i, item) in items.iter().enumerate() {
                    self.visit(tree, item, path.index(i));
                }
            }
            Value::Map(entries) => {
                let mut seen = HashSet::new();
                for (key, value) in entries {
                    let name = key.value.key_name();
                    let key_path = path.key(&name);
                    if !seen.insert(name) {
                        self.duplicate_keys.push((key_path.clone(), key.at));
                    }
                    self.keys.entry(key_path.clone()).or_insert(key.at);
                    self.visit(tree, value, key_path);
                }
            }
            // The anchored value where it is written, this path's own.
            Value::Anchored(id) => {
                if let Some(anchored) = tree.anchors.get(id) {
                    self.visit(tree, anchored, path);
                }
            }
            // A repeated null is a null here too.
            Value::Alias(_) => {
                if tree.resolve(node).is_some_and(|n| n.value.is_written_null_word()) {
                    self.nulls.insert(path);
                }
            }
        }
    }

    /// Where a `#` comment starts right after the field's unquoted value on the same line.
    pub fn comment_after(&self, path: &FieldPath) -> Option<Position> {
        self.comments_after.get(path).copied()
    }

    /// Whether the field's value is written as a YAML null (`null`, `~`).
    pub fn is_null(&self, path: &FieldPath) -> bool {
        self.nulls.contains(path)
    }

    /// Where a field's value starts; for a missing field, its nearest present parent.
    pub fn value(&self, path: &FieldPath) -> Position {
        let mut path = path.clone();
        loop {
            if let Some(position) = self.values.get(&path) {
                return *position;
            }
            if path.is_root() {
                return Position { line: 1, column: 1 };
            }
            path = path.parent();
        }
    }

    /// Where a mapping key is written, falling back to the value's position.
    pub fn key(&self, path: &FieldPath) -> Position {
        self.keys.get(path).copied().unwrap_or_else(|| self.value(path))
    }

    /// Whether the mapping key of this path is written in the document.
    pub fn contains_key(&self, path: &FieldPath) -> bool {
        self.keys.contains_key(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn span_index_finds_block_and_flow_fields() {
        let text = "id: a\ncontest:\n  options:\n    - name: { kk: Бір, ru: Один }\n    - name:\n        kk: Екі\n";
        let spans = SpanIndex::build(text).unwrap();
        let options = FieldPath::root().key("contest").key("options");
        assert_eq!(spans.value(&options.index(0).key("name").key("ru")), Position { line: 4, column: 28 });
        assert_eq!(spans.value(&options.index(1).key("name").key("kk")), Position { line: 6, column: 13 });
        assert_eq!(spans.key(&options.index(1).key("name")), Position { line: 5, column: 7 });
        // A missing field falls back to its nearest parent.
        assert_eq!(spans.value(&options.index(1).key("name").key("ru")), Position { line: 6, column: 9 });
    }

    #[test]
    fn traps_are_recorded() {
        let text = "id: !!str a\nname: ~\nempty:\nnote: учитель школы #12, г. Тараз\nid: b\n";
        let spans = SpanIndex::build(text).unwrap();
        assert_eq!(spans.tags, vec![(FieldPath::root().key("id"), Position { line: 1, column: 11 }, "!!str".to_owned())]);
        assert!(spans.is_null(&FieldPath::root().key("name")));
        assert!(!spans.is_null(&FieldPath::root().key("empty")));
        assert_eq!(spans.value(&FieldPath::root().key("empty")), Position { line: 3, column: 1 });
        assert_eq!(spans.comment_after(&FieldPath::root().key("note")), Some(Position { line: 4, column: 21 }));
        assert_eq!(spans.duplicate_keys, vec![(FieldPath::root().key("id"), Position { line: 5, column: 1 })]);
    }
}
