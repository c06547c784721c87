using System.Collections.Generic;

namespace SorAnalyzers.Testing;

/// <summary>
/// One broken model per rule, with the one diagnostic it must produce: ID, 1-based line and column.
/// The same table drives the core tests and the tests through the compiler.
/// </summary>
public static class BrokenModels
{
    public sealed record Case(string Name, string Yaml, string Id, int Line, int Column)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<object[]> All()
    {
        foreach (Case c in Cases)
        {
            yield return new object[] { c };
        }
    }

    public static readonly Case[] Cases =
    {
        new("unclosed flow map", """
            sor: 1
            systems:
              crm: { title: Salesforce
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            """, "SOR0001", 3, 10),
        new("unclosed quote", """
            sor: 1
            systems:
              crm: { title: "Salesforce }
            entities: {}
            """, "SOR0001", 3, 17),
        new("tab indentation", "sor: 1\nsystems:\n\tcrm: {}\nentities: {}\n", "SOR0001", 3, 1),
        new("unsupported version", """
            sor: 2
            systems: {}
            entities: {}
            """, "SOR0002", 1, 6),
        new("missing version", """
            systems:
              crm: {}
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            """, "SOR0002", 1, 1),
        new("systems is a list", """
            sor: 1
            systems:
              - crm
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            """, "SOR0003", 3, 3),
        new("empty file", "# nothing but a comment\n", "SOR0004", 1, 1),
        new("misspelled key", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { type: string, ownr: crm, owner: crm }
            """, "SOR0005", 7, 26),
        new("duplicate key", """
            sor: 1
            systems:
              crm: {}
              crm: {}
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            """, "SOR0007", 4, 3),
        new("missing entities", """
            sor: 1
            systems:
              crm: {}
            """, "SOR0008", 1, 1),
        new("field without type", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { owner: crm }
            """, "SOR0008", 7, 7),
        new("bad boolean", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { type: string, owner: crm, pii: maybe }
            """, "SOR0009", 7, 43),
        new("upper-case system id", """
            sor: 1
            systems:
              CRM: {}
              crm: {}
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            """, "SOR0010", 3, 3),
        new("field without owner", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { type: string }
            """, "SOR0011", 7, 7),
        new("unknown owner", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { type: string, owner: crn }
            """, "SOR0012", 7, 33),
        new("read-only owner", """
            sor: 1
            systems:
              crm: {}
              bi: { readOnly: true }
            entities:
              A:
                fields:
                  F: { type: string, owner: bi }
            """, "SOR0013", 8, 33),
        new("unknown type", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { type: strng, owner: crm }
            """, "SOR0014", 7, 18),
        new("enum without values", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { type: enum, owner: crm }
            """, "SOR0015", 7, 12),
        new("duplicate enum value", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { type: enum, values: [Red, Green, Red], owner: crm }
            """, "SOR0016", 7, 45),
        new("name that cannot be an identifier", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  1st-touch: { type: string, owner: crm }
            """, "SOR0017", 7, 7),
        new("entity name with a dot (it would make the key 'a.b.F' ambiguous)", """
            sor: 1
            systems:
              crm: {}
            entities:
              a.b:
                fields:
                  F: { type: string, owner: crm }
            """, "SOR0017", 5, 3),
        new("field name with a dot", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  c.d: { type: string, owner: crm }
            """, "SOR0017", 7, 7),
        new("names that collide once converted", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  lead-source: { type: string, owner: crm }
                  lead_source: { type: string, owner: crm }
            """, "SOR0018", 8, 7),
        new("values on a string", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { type: string, values: [A], owner: crm }
            """, "SOR0019", 7, 26),
        new("duplicate flow id", """
            sor: 1
            systems:
              crm: {}
              bi: { readOnly: true }
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            flows:
              - { id: crm-to-bi, from: crm, to: bi, fields: [A.F] }
              - { id: crm-to-bi, from: crm, to: bi, fields: [A.F] }
            """, "SOR0020", 9, 11),
        new("unknown flow target", """
            sor: 1
            systems:
              crm: {}
              bi: { readOnly: true }
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            flows:
              - { id: crm-to-bi, from: crm, to: by, fields: [A.F] }
            """, "SOR0021", 8, 37),
        new("flow to itself", """
            sor: 1
            systems:
              crm: {}
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            flows:
              - { id: loop, from: crm, to: crm, fields: [A.F] }
            """, "SOR0022", 7, 32),
        new("unknown field in a flow", """
            sor: 1
            systems:
              crm: {}
              bi: { readOnly: true }
            entities:
              A: { fields: { Field: { type: string, owner: crm } } }
            flows:
              - { id: crm-to-bi, from: crm, to: bi, fields: [A.Feild] }
            """, "SOR0023", 8, 50),
        new("unknown entity in a flow", """
            sor: 1
            systems:
              crm: {}
              bi: { readOnly: true }
            entities:
              Account: { fields: { F: { type: string, owner: crm } } }
            flows:
              - { id: crm-to-bi, from: crm, to: bi, fields: [Acount.F] }
            """, "SOR0023", 8, 50),
        new("wildcard that expands to nothing", """
            sor: 1
            systems:
              crm: {}
              billing: {}
              bi: { readOnly: true }
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            flows:
              - { id: billing-to-bi, from: billing, to: bi, fields: [A.*] }
            """, "SOR0024", 9, 58),
        new("flow that overwrites the owner", """
            sor: 1
            systems:
              crm: {}
              marketing: {}
            entities:
              Contact: { fields: { Email: { type: string, owner: crm } } }
            flows:
              - { id: crm-to-marketing, from: crm, to: marketing, fields: [Contact.Email] }
              - { id: marketing-to-crm, from: marketing, to: crm, fields: [Contact.Email] }
            """, "SOR0025", 9, 64),
        new("flow of a field the source does not hold", """
            sor: 1
            systems:
              crm: {}
              billing: {}
              bi: { readOnly: true }
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            flows:
              - { id: billing-to-bi, from: billing, to: bi, fields: [A.F] }
            """, "SOR0026", 9, 58),
        new("loop of copies", """
            sor: 1
            systems:
              crm: {}
              a: {}
              b: {}
            entities:
              X: { fields: { F: { type: string, owner: crm } } }
            flows:
              - { id: crm-to-a, from: crm, to: a, fields: [X.F] }
              - { id: a-to-b, from: a, to: b, fields: [X.F] }
              - { id: b-to-a, from: b, to: a, fields: [X.F] }
            """, "SOR0027", 10, 44),
        new("competing writers", """
            sor: 1
            systems:
              crm: {}
              a: {}
              bi: { readOnly: true }
            entities:
              X: { fields: { F: { type: string, owner: crm } } }
            flows:
              - { id: crm-to-a, from: crm, to: a, fields: [X.F] }
              - { id: crm-to-bi, from: crm, to: bi, fields: [X.F] }
              - { id: a-to-bi, from: a, to: bi, fields: [X.F] }
            """, "SOR0028", 11, 46),
        new("deprecated field in a flow", """
            sor: 1
            systems:
              crm: {}
              bi: { readOnly: true }
            entities:
              A: { fields: { F: { type: string, owner: crm, deprecated: Use G. } } }
            flows:
              - { id: crm-to-bi, from: crm, to: bi, fields: [A.F] }
            """, "SOR0029", 8, 50),
        new("unknown conflict rule", """
            sor: 1
            systems:
              crm: {}
              bi: { readOnly: true }
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            flows:
              - { id: crm-to-bi, from: crm, to: bi, fields: [A.F], conflict: ownerWin }
            """, "SOR0030", 8, 66),
        new("invalid namespace", """
            sor: 1
            namespace: Contoso..RevOps
            systems:
              crm: {}
            entities:
              A: { fields: { F: { type: string, owner: crm } } }
            """, "SOR0033", 2, 12),
        new("names: unknown system", """
            sor: 1
            systems:
              crm: {}
            entities:
              A: { fields: { F: { type: string, owner: crm, names: { crn: f } } } }
            """, "SOR0040", 5, 58),
        new("names: a system that does not hold the field", """
            sor: 1
            systems:
              crm: {}
              billing: {}
            entities:
              A: { fields: { F: { type: string, owner: crm, names: { billing: f } } } }
            """, "SOR0041", 6, 67),
        new("names: an empty name", """
            sor: 1
            systems:
              crm: {}
            entities:
              A: { fields: { F: { type: string, owner: crm, names: { crm: "" } } } }
            """, "SOR0042", 5, 63),
        new("names: a dotted name without its key", """
            sor: 1
            systems:
              crm: {}
            entities:
              A: { fields: { F: { type: string, owner: crm, names: { crm: metadata. } } } }
            """, "SOR0042", 5, 63),
        new("names: two fields called the same in one system", """
            sor: 1
            systems:
              crm: {}
            entities:
              A:
                fields:
                  F: { type: string, owner: crm, names: { crm: field_one } }
                  G: { type: string, owner: crm, names: { crm: Field_One } }
            """, "SOR0043", 8, 52),
        new("names: not a map", """
            sor: 1
            systems:
              crm: {}
            entities:
              A: { fields: { F: { type: string, owner: crm, names: [f] } } }
            """, "SOR0003", 5, 56),
    };
}
