// A Kysely plugin that confines every query to one person's rows: each owned table a query names,
// in FROM, in a JOIN, in USING or in any subquery or CTE, gets `owner_id = <owner>` (in the join's
// ON for a join, so outer joins keep their meaning). A view of another person's data adds what
// their visibility allows.
import {
  AliasNode,
  AndNode,
  ColumnNode,
  ColumnUpdateNode,
  type DeleteQueryNode,
  IdentifierNode,
  JoinNode,
  type KyselyPlugin,
  OnNode,
  type OperationNode,
  OperationNodeTransformer,
  ParensNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type SelectQueryNode,
  TableNode,
  type UnknownRow,
  type UpdateQueryNode,
  WhereNode,
} from 'kysely';

/**
 * The extra condition a table reference must meet, given the name the query uses for it, and
 * whether the statement reads it or writes it (the target of an UPDATE or a DELETE).
 */
export type RowFilter = (table: string, qualifier: string, use: 'read' | 'write') => OperationNode | null;

/** Confines queries to the rows `filter` allows; refuses any update that would change an owner. */
export class OwnerFilterPlugin implements KyselyPlugin {
  readonly #transformer: OwnerFilterTransformer;

  constructor(filter: RowFilter) {
    this.#transformer = new OwnerFilterTransformer(filter);
  }

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node, args.queryId);
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return args.result;
  }
}

/** The table and the name a FROM, JOIN or USING item refers to it by; null for subqueries. */
function tableOf(node: OperationNode): { table: string; qualifier: string } | null {
  if (TableNode.is(node)) {
    const table = node.table.identifier.name;
    return { table, qualifier: table };
  }
  if (AliasNode.is(node) && TableNode.is(node.node) && IdentifierNode.is(node.alias)) {
    return { table: node.node.table.identifier.name, qualifier: node.alias.name };
  }
  return null;
}

class OwnerFilterTransformer extends OperationNodeTransformer {
  constructor(private readonly filter: RowFilter) {
    super();
  }

  private conditionFor(item: OperationNode, use: 'read' | 'write'): OperationNode | null {
    const ref = tableOf(item);
    return ref ? this.filter(ref.table, ref.qualifier, use) : null;
  }

  private withWhere(
    where: WhereNode | undefined,
    items: readonly OperationNode[],
    use: 'read' | 'write',
  ): WhereNode | undefined {
    let out = where;
    for (const item of items) {
      const condition = this.conditionFor(item, use);
      // The query's own condition goes in parentheses, so `a or b` cannot swallow the owner's.
      if (condition) {
        out = WhereNode.create(out ? AndNode.create(ParensNode.create(out.where), condition) : condition);
      }
    }
    return out;
  }

  private withOn(joins: readonly JoinNode[] | undefined): JoinNode[] | undefined {
    return joins?.map((join) => {
      const condition = this.conditionFor(join.table, 'read');
      if (!condition) return join;
      return join.on
        ? { ...join, on: OnNode.create(AndNode.create(ParensNode.create(join.on.on), condition)) }
        : JoinNode.cloneWithOn(join, condition);
    });
  }

  protected override transformSelectQuery(node: SelectQueryNode, queryId?: never): SelectQueryNode {
    const inner = super.transformSelectQuery(node, queryId);
    return {
      ...inner,
      where: this.withWhere(inner.where, inner.from?.froms ?? [], 'read'),
      joins: this.withOn(inner.joins),
    };
  }

  protected override transformUpdateQuery(node: UpdateQueryNode, queryId?: never): UpdateQueryNode {
    const inner = super.transformUpdateQuery(node, queryId);
    for (const update of inner.updates ?? []) {
      if (
        ColumnUpdateNode.is(update) &&
        ColumnNode.is(update.column) &&
        update.column.column.name === 'owner_id'
      ) {
        throw new Error('A row never changes owner.');
      }
    }
    const where = this.withWhere(inner.where, inner.table ? [inner.table] : [], 'write');
    return {
      ...inner,
      where: this.withWhere(where, inner.from?.froms ?? [], 'read'),
      joins: this.withOn(inner.joins),
    };
  }

  protected override transformDeleteQuery(node: DeleteQueryNode, queryId?: never): DeleteQueryNode {
    const inner = super.transformDeleteQuery(node, queryId);
    const where = this.withWhere(inner.where, inner.from.froms, 'write');
    return {
      ...inner,
      where: this.withWhere(where, inner.using?.tables ?? [], 'read'),
      joins: this.withOn(inner.joins),
    };
  }
}
