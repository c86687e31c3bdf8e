// One knowledge file's text, as read: shared by the loader, the file lister and the cache check.
export interface KnowledgeText {
  /** Path shown in messages (relative to the cwd when possible). */
  path: string;
  text: string;
}
