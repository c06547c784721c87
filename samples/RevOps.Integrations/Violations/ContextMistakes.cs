using SorAnalyzers;

namespace Contoso.RevOps.Integrations.Violations;

[SorSystem("crn")] // error SOR0105@12
public static class MistypedSystem
{
}

[SorFlow("crm-to-gainsight")] // error SOR0106@10
public static class UnknownFlow
{
}

public static class TwoContexts
{
    [SorSystem(SorSystems.Cs)]
    [SorFlow(SorFlows.CsToCrm)] // error SOR0107@6
    public static void Both()
    {
    }
}

/// <summary>Legacy code without a context: a warning by default (an error here: the repository treats warnings as errors).</summary>
public static class LegacyExport
{
    public static void Run(SorRecord record) => record.Set(SorFields.Account.Arr, 0m); // error SOR0103@49
}
