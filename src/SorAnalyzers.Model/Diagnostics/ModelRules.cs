using System.Collections.Immutable;

namespace SorAnalyzers.Model.Diagnostics;

/// <summary>
/// Every rule about the ownership model file. IDs are stable forever: never renumber, never reuse.
/// SOR0001–SOR0099 are about the model; SOR01xx are about C# code (see the analyzers).
/// </summary>
public static class ModelRules
{
    private const string Syntax = "SorAnalyzers.Model.Syntax";
    private const string Structure = "SorAnalyzers.Model.Structure";
    private const string Ownership = "SorAnalyzers.Model.Ownership";
    private const string Flows = "SorAnalyzers.Model.Flows";
    private const string Bindings = "SorAnalyzers.Model.Bindings";

    public static readonly ModelRule YamlSyntax = new(
        "SOR0001", "The model is not valid YAML",
        "The ownership model is not valid YAML: {0}", ModelSeverity.Error, Syntax);

    public static readonly ModelRule FormatVersion = new(
        "SOR0002", "Missing or unsupported format version",
        "{0}", ModelSeverity.Error, Syntax);

    public static readonly ModelRule WrongNodeKind = new(
        "SOR0003", "A value has the wrong shape",
        "{0} must be {1}, but it is {2}", ModelSeverity.Error, Syntax);

    public static readonly ModelRule EmptyModel = new(
        "SOR0004", "The model file is empty",
        "The ownership model is empty: it needs at least 'sor: 1', 'systems' and 'entities'", ModelSeverity.Error, Syntax);

    public static readonly ModelRule UnknownKey = new(
        "SOR0005", "Unknown key",
        "Unknown key '{0}'{2} in {1}; it is ignored", ModelSeverity.Warning, Syntax);

    public static readonly ModelRule LimitExceeded = new(
        "SOR0006", "The model exceeds a safety limit",
        "The ownership model was not read: {0}", ModelSeverity.Error, Syntax);

    public static readonly ModelRule DuplicateKey = new(
        "SOR0007", "Duplicate key",
        "'{0}' is declared twice in {1}; the first declaration is kept", ModelSeverity.Error, Syntax);

    public static readonly ModelRule MissingKey = new(
        "SOR0008", "A required key is missing",
        "{0} is missing the required key '{1}'", ModelSeverity.Error, Structure);

    public static readonly ModelRule InvalidValue = new(
        "SOR0009", "A value is not valid",
        "'{0}' is not a valid value for '{1}': {2}", ModelSeverity.Error, Structure);

    public static readonly ModelRule InvalidSystemId = new(
        "SOR0010", "Invalid system id",
        "System id '{0}' is not valid: use lower-case letters, digits and '-' (for example 'crm' or 'data-warehouse')", ModelSeverity.Error, Structure);

    public static readonly ModelRule MissingOwner = new(
        "SOR0011", "A field has no owner",
        "Field {0} has no owner: every field needs exactly one system of record ('owner: <system>')", ModelSeverity.Error, Ownership);

    public static readonly ModelRule UnknownOwner = new(
        "SOR0012", "The owner is not a declared system",
        "Field {0} is owned by '{1}', which is not a declared system{2}", ModelSeverity.Error, Ownership);

    public static readonly ModelRule ReadOnlyOwner = new(
        "SOR0013", "A read-only system cannot own a field",
        "Field {0} is owned by '{1}', but {1} is readOnly: it receives copies and owns nothing. Choose the system where {0} is really maintained", ModelSeverity.Error, Ownership);

    public static readonly ModelRule UnknownType = new(
        "SOR0014", "Unknown field type",
        "Field {0} has unknown type '{1}'{2}; the types are string, int, long, decimal, double, bool, date, datetime, guid and enum", ModelSeverity.Error, Structure);

    public static readonly ModelRule EnumWithoutValues = new(
        "SOR0015", "An enum field has no values",
        "Field {0} is an enum but lists no values: add 'values: [A, B, …]'", ModelSeverity.Error, Structure);

    public static readonly ModelRule DuplicateEnumValue = new(
        "SOR0016", "Duplicate enum value",
        "Field {0} lists the value '{1}' twice", ModelSeverity.Error, Structure);

    public static readonly ModelRule InvalidName = new(
        "SOR0017", "A name cannot become a C# identifier",
        "{0} '{1}' cannot become a C# identifier: start with a letter and use letters, digits, '-' or '_'", ModelSeverity.Error, Structure);

    public static readonly ModelRule NameCollision = new(
        "SOR0018", "Two names become the same C# identifier",
        "{0} '{1}' and '{2}' both become the C# name '{3}': rename one of them", ModelSeverity.Error, Structure);

    public static readonly ModelRule ValuesOnNonEnum = new(
        "SOR0019", "Values on a field that is not an enum",
        "Field {0} lists values but its type is '{1}': values are only used with 'type: enum'", ModelSeverity.Warning, Structure);

    public static readonly ModelRule DuplicateFlowId = new(
        "SOR0020", "Duplicate flow id",
        "Flow id '{0}' is used twice; flow ids must be unique", ModelSeverity.Error, Flows);

    public static readonly ModelRule UnknownFlowSystem = new(
        "SOR0021", "A flow names an unknown system",
        "Flow '{0}' has '{1}: {2}', which is not a declared system{3}", ModelSeverity.Error, Flows);

    public static readonly ModelRule FlowToItself = new(
        "SOR0022", "A flow goes from a system to itself",
        "Flow '{0}' goes from {1} to {1}: a flow copies fields between two different systems", ModelSeverity.Error, Flows);

    public static readonly ModelRule UnknownFlowField = new(
        "SOR0023", "A flow names an unknown entity or field",
        "Flow '{0}' carries '{1}', but {2}{3}", ModelSeverity.Error, Flows);

    public static readonly ModelRule EmptyWildcard = new(
        "SOR0024", "A wildcard carries nothing",
        "Flow '{0}' carries '{1}', but {2} holds no field of {3}, so it carries nothing", ModelSeverity.Warning, Flows);

    public static readonly ModelRule FlowIntoOwner = new(
        "SOR0025", "A flow overwrites the field's owner",
        "Flow '{0}' writes {1} into {2}, its owner, against the declared direction: a flow into the owner may only fill blanks (conflict: targetIfBlank)", ModelSeverity.Error, Flows);

    public static readonly ModelRule FieldNotHeld = new(
        "SOR0026", "A flow carries a field its source does not hold",
        "Flow '{0}' carries {1} from {2}, but {2} neither owns {1} (owner: {3}) nor receives it through a flow. Carry it from {3}, or add a flow that delivers it to {2} first", ModelSeverity.Error, Flows);

    public static readonly ModelRule FlowLoop = new(
        "SOR0027", "A loop of copies",
        "Flows carry {0} round a loop ({1}) where none of them is its owner {2}: copies would overwrite each other forever", ModelSeverity.Error, Flows);

    public static readonly ModelRule CompetingWriters = new(
        "SOR0028", "Two flows deliver the same field into one system",
        "{0} is delivered into {1} both by flow '{2}' (from {3}) and by flow '{4}' (from {5}); the last writer wins silently. Keep one", ModelSeverity.Warning, Flows);

    public static readonly ModelRule DeprecatedFieldInFlow = new(
        "SOR0029", "A flow carries a deprecated field",
        "Flow '{0}' carries {1}, which is deprecated: {2}", ModelSeverity.Warning, Flows);

    public static readonly ModelRule UnknownConflictRule = new(
        "SOR0030", "Unknown conflict rule",
        "Flow '{0}' has unknown conflict rule '{1}'{2}; the rules are ownerWins, ownerUnlessBlank and targetIfBlank", ModelSeverity.Error, Flows);

    public static readonly ModelRule NoModel = new(
        "SOR0032", "No ownership model",
        "SorAnalyzers is referenced but the project has no *.sor.yaml ownership model, so no write is checked. Add one (see the README), or remove the package", ModelSeverity.Warning, Structure);

    public static readonly ModelRule InvalidNamespace = new(
        "SOR0033", "Invalid namespace",
        "'{0}' is not a valid C# namespace: use dotted identifiers such as 'Contoso.RevOps'", ModelSeverity.Error, Structure);

    public static readonly ModelRule GenerationFailed = new(
        "SOR0034", "Code could not be generated from the model",
        "SorAnalyzers could not generate code from this model ({0}), so the generated API is missing and the C# errors that follow come from that; please report it with the model attached", ModelSeverity.Error, Structure);

    public static readonly ModelRule ReferencedModelDiffers = new(
        "SOR0035", "A referenced assembly was generated from another version of the model",
        "The referenced assembly '{0}' already holds the generated API of model namespace '{1}', but generated from a different version of the model than this project's (its model hash is {2}, this one's is {3}): build both projects from the same *.sor.yaml (share one file through Directory.Build.props) so that the code this project uses and the model its writes are checked against agree", ModelSeverity.Error, Structure);

    public static readonly ModelRule UnknownNameSystem = new(
        "SOR0040", "A field's name is given for an unknown system",
        "Field {0} gives a name for '{1}' under 'names', which is not a declared system{2}", ModelSeverity.Error, Bindings);

    public static readonly ModelRule NameInNonHolder = new(
        "SOR0041", "A field's name is given for a system that does not hold it",
        "Field {0} gives a name for {1} under 'names', but {1} does not hold {0}: it neither owns it (owner: {2}) nor receives it through a flow. Remove the name, or add the flow that delivers {0} to {1}", ModelSeverity.Error, Bindings);

    public static readonly ModelRule InvalidSystemName = new(
        "SOR0042", "A field's name in a system is not valid",
        "'{0}' is not a valid name of field {1} in {2}: {3}", ModelSeverity.Error, Bindings);

    public static readonly ModelRule DuplicateSystemName = new(
        "SOR0043", "Two fields have the same name in one system",
        "Fields {0} and {1} are both called '{2}' in {3}: a system's name must stand for one field of the entity, or a write through it could not tell which", ModelSeverity.Error, Bindings);

    public static readonly ImmutableArray<ModelRule> All = ImmutableArray.Create(
        YamlSyntax, FormatVersion, WrongNodeKind, EmptyModel, UnknownKey, LimitExceeded, DuplicateKey,
        MissingKey, InvalidValue, InvalidSystemId, MissingOwner, UnknownOwner, ReadOnlyOwner, UnknownType,
        EnumWithoutValues, DuplicateEnumValue, InvalidName, NameCollision, ValuesOnNonEnum, DuplicateFlowId,
        UnknownFlowSystem, FlowToItself, UnknownFlowField, EmptyWildcard, FlowIntoOwner, FieldNotHeld,
        FlowLoop, CompetingWriters, DeprecatedFieldInFlow, UnknownConflictRule, NoModel,
        InvalidNamespace, GenerationFailed, ReferencedModelDiffers,
        UnknownNameSystem, NameInNonHolder, InvalidSystemName, DuplicateSystemName);
}
