namespace SorAnalyzers.Generator;

/// <summary>The names of the pipeline's steps, which the incrementality tests check one by one.</summary>
internal static class TrackingNames
{
    public const string ModelTexts = nameof(ModelTexts);
    public const string ModelText = nameof(ModelText);
    public const string Read = nameof(Read);
    public const string Model = nameof(Model);
    public const string Options = nameof(Options);
    public const string Plan = nameof(Plan);
    public const string Emitted = nameof(Emitted);
    public const string Files = nameof(Files);
    public const string ModelHash = nameof(ModelHash);
    public const string ReferencedModels = nameof(ReferencedModels);
    public const string Home = nameof(Home);
    public const string ViewsProperty = nameof(ViewsProperty);
    public const string NamesInFile = nameof(NamesInFile);
    public const string ViewChoice = nameof(ViewChoice);
    public const string ViewsHere = nameof(ViewsHere);
    public const string ViewPlan = nameof(ViewPlan);
    public const string EmittedViews = nameof(EmittedViews);
    public const string ViewFiles = nameof(ViewFiles);

    public static readonly string[] All = { ModelTexts, ModelText, Read, Model, Options, Plan, Emitted, Files, ModelHash, ReferencedModels, Home, ViewsProperty, NamesInFile, ViewChoice, ViewsHere, ViewPlan, EmittedViews, ViewFiles };
}
