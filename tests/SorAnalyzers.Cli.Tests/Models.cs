namespace SorAnalyzers.Cli.Tests;

/// <summary>Small models with one known problem each, at a known line and column.</summary>
public static class Models
{
    /// <summary>SOR0012 at (7,36): 'billing' is not a declared system.</summary>
    public const string UnknownOwner = """
        sor: 1
        systems:
          crm: { title: Salesforce }
        entities:
          Account:
            fields:
              Arr: { type: decimal, owner: billing }
        """;

    public const string UnknownOwnerLine = "(7,36): error SOR0012: Field Account.Arr is owned by 'billing', which is not a declared system";

    /// <summary>Only a warning: SOR0005 for the unknown top-level key 'colour' on line 2.</summary>
    public const string UnknownKey = """
        sor: 1
        colour: blue
        systems:
          crm: { title: Salesforce }
        entities:
          Account:
            fields:
              Name: { type: string, owner: crm }
        """;

    public const string Clean = """
        sor: 1
        systems:
          crm: { title: Salesforce }
        entities:
          Account:
            fields:
              Name: { type: string, owner: crm }
        """;
}

/// <summary>Models whose free text and names are hostile to Markdown and Mermaid.</summary>
public static class HostileModels
{
    /// <summary>
    /// Valid (no errors), but every text a catalog prints holds characters that end a Markdown cell or a Mermaid
    /// label, and system ids are Mermaid keywords (end, graph, subgraph, click, style).
    /// </summary>
    public const string Text = """
        sor: 1
        name: "Ops | <b>bold</b> *stars* `tick` #1"
        version: "2.0.0"
        systems:
          end:
            title: 'He said "hi" | <script>alert(1)</script> & #35; `x` [link](http://x)'
            businessOwner: "A|B"
            technicalOwner: "line one\nline two"
          graph: { title: "-->|x|" }
          subgraph: { title: "end" }
          click: { title: "style" }
          style: { readOnly: true, description: "a ; b %% c" }
        entities:
          Account:
            description: "Pipes | and\nnewlines"
            fields:
              Name: { type: string, owner: end, description: "x|y" }
              Kind: { type: enum, values: [A, B], owner: graph }
        flows:
          - id: end-to-graph
            from: end
            to: graph
            fields: [Account.Name]
            frequency: "every 5 | min --> \"now\""
            errorOwner: "Ops #2 <team>"
            impact: "Breaks `x` | y"
          - id: graph-to-subgraph
            from: graph
            to: subgraph
            fields: [Account.*]
            conflict: ownerUnlessBlank
          - id: subgraph-fills-end
            from: subgraph
            to: end
            fields: [Account.Kind]
            conflict: targetIfBlank
          - { id: end-to-click, from: end, to: click, fields: [Account.Name] }
          - { id: click-to-style, from: click, to: style, fields: [Account.Name] }
        """;
}
