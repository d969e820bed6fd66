"""`campaign new`: start a force's campaign site from a topic, by questions or an answers file."""
