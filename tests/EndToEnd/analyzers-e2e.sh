#!/usr/bin/env bash
# End-to-end check of the C# analyzers and code fixes through the real tools: a tiny console project
# (in a temp dir) referencing the runtime normally and the analyzer projects as analyzers, with one
# violation of each write form. Checks: `dotnet build` fails with exactly the announced errors at their
# lines; the project without them builds clean; .editorconfig raises SOR0103 to an error; the MSBuild
# property SorSystem is a context; SARIF 2.1.0 carries the rules' metadata; `dotnet format analyzers`
# applies the code fixes (remove write, nearest name, add context, carry in flow).
# Usage: tests/EndToEnd/analyzers-e2e.sh [workdir]    (exit code 0 = all checks passed)
set -u
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
WORK="${1:-$(mktemp -d /tmp/sor-e2e.XXXXXX)}"
mkdir -p "$WORK/project" && cd "$WORK/project" || exit 2
FAILED=0
check() { if [ "$1" = 0 ]; then echo "PASS: $2"; else echo "FAIL: $2"; FAILED=1; fi; }

# The analyzers are loaded from their bin/: dotnet format does not build them (TOOLCHAIN.md).
dotnet build "$REPO/src/SorAnalyzers.CodeFixes/SorAnalyzers.CodeFixes.csproj" -v q -nologo >/dev/null || exit 2

cat > E2e.csproj <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ImplicitUsings>disable</ImplicitUsings>
  </PropertyGroup>
  <ItemGroup>
    <!-- what the package's .props must do: let the analyzers see the MSBuild contexts -->
    <CompilerVisibleProperty Include="SorSystem" />
    <CompilerVisibleProperty Include="SorFlow" />
    <AdditionalFiles Include="revops.sor.yaml" />
    <ProjectReference Include="$REPO/src/SorAnalyzers.Runtime/SorAnalyzers.Runtime.csproj" />
    <ProjectReference Include="$REPO/src/SorAnalyzers.Generator/SorAnalyzers.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$REPO/src/SorAnalyzers.Analyzers/SorAnalyzers.Analyzers.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
    <ProjectReference Include="$REPO/src/SorAnalyzers.CodeFixes/SorAnalyzers.CodeFixes.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
  </ItemGroup>
</Project>
EOF
cp "$REPO/models/revops.sor.yaml" revops.sor.yaml

# The generator emits SorFields, SorSystems, SorFlows and the views; the user's own types (a DTO mapped
# with [SorModelField], a record, helpers with [SorWrites]) are written by hand.
cat > UserTypes.cs <<'EOF'
using SorAnalyzers;

namespace Contoso.RevOps
{
    public class AccountDto
    {
        [SorModelField("Account", "Name")] public string? Name { get; set; }
        [SorModelField("Account", "Arr")] public decimal Arr { get; set; }
        [SorModelField("Account", "Arr")] public decimal ArrField;
        [SorModelField("Account", "RenewalRisk")] public bool? RenewalRisk { get; set; }
    }

    public record AccountSnapshot
    {
        [SorModelField("Account", "Arr")] public decimal Arr { get; init; }
    }

    public static class Integration
    {
        public static void Push<T>([SorWrites] SorField<T> field, T value) { }
        public static void Reset(ref decimal value) => value = 0;
        public static void Produce(out decimal value) => value = 1;
    }
}
EOF

# One violation of each form; each line ends with the diagnostic it must produce.
cat > Violations.cs <<'EOF'
using System.Diagnostics.CodeAnalysis;
using SorAnalyzers;
using Contoso.RevOps;

[SorSystem("crm")]
public static class CrmDesk
{
    private static readonly SorField<decimal> Revenue = SorFields.Account.Arr;

    public static void Run(AccountDto dto, AccountSnapshot snapshot, SorRecord record)
    {
        dto.Name = "crm owns it";
        dto.Arr = 1m; // error SOR0101
        dto.Arr += 1m; // error SOR0101
        dto.RenewalRisk ??= true; // error SOR0101
        dto.Arr++; // error SOR0101
        var created = new AccountDto { Name = "x", Arr = 1m }; // error SOR0101@52
        snapshot = snapshot with { Arr = 2m }; // error SOR0101@36
        (dto.Arr, dto.Name) = (3m, "x"); // error SOR0101@10
        Integration.Reset(ref dto.ArrField); // error SOR0101@27
        Integration.Produce(out dto.ArrField); // error SOR0101@29
        record.Set(SorFields.Account.Arr, 4m); // error SOR0101
        Integration.Push(SorFields.Account.Arr, 5m); // error SOR0101
        record.Set("Account.Arr", 6m); // error SOR0101
        var field = SorFields.Account.Arr;
        record.Set(field, 7m); // error SOR0101
        record.Set(Revenue, 8m); // error SOR0101
        record.Set("Account.Nmae", "x"); // error SOR0109@20
#pragma warning disable SOR0101 // agreed one-off backfill
        dto.Arr = 9m;
#pragma warning restore SOR0101
    }

    [SuppressMessage("SorAnalyzers.Writes", "SOR0101", Justification = "agreed backfill")]
    public static void Backfill(AccountDto dto) => dto.Arr = 10m;
}

[SorFlow("crm-to-cs")]
public static class CrmToCs
{
    public static void Copy(Contoso.RevOps.Crm.Account source, Contoso.RevOps.Flows.CrmToCs.Account target, SorRecord cs)
    {
        target.Name = source.Name;
        source.Name = "back into the source"; // error SOR0104
        cs.Set(SorFields.Account.Territory, "not carried"); // error SOR0102
    }
}

[SorSystem("crn")] // error SOR0105@12
public static class Typo { }

[SorFlow("crm-to-bii")] // error SOR0106@10
public static class FlowTypo { }

public static class Legacy
{
    [SorSystem("crm")]
    [SorFlow("crm-to-cs")] // error SOR0107@6
    public static void Both() { }

    public static void NoContext(AccountDto dto) => dto.Arr = 11m; // error SOR0103@53
}
EOF
cat > Program.cs <<'EOF'
System.Console.WriteLine("ok");
EOF
cat > .editorconfig <<'EOF'
root = true

[*.cs]
# adoption is over: a write without a context fails the build
dotnet_diagnostic.SOR0103.severity = error
EOF

expected() {  # "Violations.cs(line,col): error SORnnnn" from the comments
  awk '{ if (match($0, /\/\/ (error|warning) SOR[0-9]+(@[0-9]+)?/)) { s=substr($0, RSTART+3, RLENGTH-3); split(s, a, " "); split(a[2], b, "@");
         col = b[2]; if (col == "") { match($0, /[^ ]/); col = RSTART }; printf "Violations.cs(%d,%d): %s %s\n", NR, col, a[1], b[1] } }' Violations.cs | sort
}
actual() { grep -oE "Violations\.cs\([0-9]+,[0-9]+\): (error|warning) SOR[0-9]+" "$1" | sort -u; }

start=$(date +%s)
dotnet build -nologo -v q "-p:ErrorLog=out.sarif%2Cversion=2.1" > build1.txt 2>&1; code=$?
echo "build with violations: exit $code in $(( $(date +%s) - start )) s"
check $([ $code = 1 ]; echo $?) "the build with violations fails"
diff <(expected) <(actual build1.txt) > diff1.txt; check $? "exactly the announced errors at their lines and columns (diff1.txt)"
check $(grep -q "AD0001\|CS8784\|CS8785" build1.txt; [ $? = 1 ]; echo $?) "no analyzer or generator failure"
check $(grep -q "Account.Arr is owned by billing (Chargebee), business owner Finance; crm holds a read-only copy delivered by flow billing-to-crm. Change it in billing." build1.txt; echo $?) "the SOR0101 message names owner, copy and flow"
python3 - <<'EOF' > sarif.txt 2>&1
import json
log = json.load(open("out.sarif"))
assert log["version"] == "2.1.0", log["version"]
rules = {r["id"]: r for run in log["runs"] for r in run["tool"]["driver"].get("rules", [])}
r = rules["SOR0101"]
assert r["helpUri"].endswith("/docs/rules/SOR0101.md"), r
assert r["shortDescription"]["text"] == "A system writes a field it does not own", r
print("sarif ok:", sorted(k for k in rules if k.startswith("SOR01")))
EOF
check $? "SARIF 2.1.0 with the rules' metadata ($(tail -1 sarif.txt))"

# The MSBuild property is the outermost context: Legacy.NoContext becomes a crm write of billing's field.
dotnet build -nologo -v q -p:SorSystem=crm > build2.txt 2>&1
line=$(grep -n "public static void NoContext" Violations.cs | cut -d: -f1)
check $(grep -q "Violations.cs($line,53): error SOR0101" build2.txt && ! grep -q "SOR0103" build2.txt; echo $?) "-p:SorSystem=crm turns SOR0103 into SOR0101"

# Without the violating lines the project builds clean.
mkdir -p ../clean && cp E2e.csproj UserTypes.cs Program.cs revops.sor.yaml .editorconfig ../clean/
grep -vE "// (error|warning) SOR" Violations.cs > ../clean/Violations.cs
(cd ../clean && dotnet build -nologo -v q > ../project/build-clean.txt 2>&1); code=$?
check $([ $code = 0 ] && ! grep -q "SOR0" build-clean.txt; echo $?) "the project without the violations builds clean (exit $code)"

# dotnet format applies each fix.
fmt() { start=$(date +%s); dotnet format analyzers E2e.csproj --diagnostics "$1" --severity "$2" > "format-$1.txt" 2>&1; echo "format $1: exit $? in $(( $(date +%s) - start )) s"; }
cp Violations.cs Violations.before
fmt SOR0101 error
check $(grep -q "dto.Arr = 1m;" Violations.cs; [ $? = 1 ] && grep -q 'dto.Name = "crm owns it";' Violations.cs; echo $?) "format SOR0101 removed the wrong-direction statements"
check $(grep -q 'new AccountDto { Name = "x" }' Violations.cs && grep -q 'snapshot with { };' Violations.cs; echo $?) "format SOR0101 removed the initializer and with entries"
fmt SOR0105 error; fmt SOR0106 error; fmt SOR0109 error
check $(grep -q '\[SorSystem("crm")\] // error SOR0105' Violations.cs && grep -q '\[SorFlow("crm-to-bi")\]' Violations.cs && grep -q 'record.Set("Account.Name", "x")' Violations.cs; echo $?) "format SOR0105/SOR0106/SOR0109 replaced the names with the nearest"
fmt SOR0103 error
check $(grep -B1 "public static void NoContext" Violations.cs | grep -q '\[SorSystem("billing")\]'; echo $?) "format SOR0103 added [SorSystem(\"billing\")]"
cp revops.sor.yaml revops.before
fmt SOR0102 error
check $(grep -q "fields: \[Account.Name, Account.Owner, Account.Arr, Subscription.RenewalDate, Account.Territory\]" revops.sor.yaml; echo $?) "format SOR0102 carried Account.Territory in flow crm-to-cs (the model's only change, below)"
diff revops.before revops.sor.yaml > model.diff; echo "model diff after format SOR0102:"; cat model.diff
echo "workdir: $WORK"
exit $FAILED
