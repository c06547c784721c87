using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Extensions.Logging;
using SorAnalyzers;
using Xunit;

namespace SorAnalyzers.Runtime.Tests;

public class AuditTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static readonly SorFlowInfo CrmToMarketing = new("crm-to-marketing", "crm", "marketing", null, SorConflictRule.OwnerWins, null);
    private static readonly SorFlowInfo MarketingFillsPhone = new("marketing-fills-phone", "marketing", "crm", null, SorConflictRule.TargetIfBlank, null);
    private static readonly SorField<string> Phone = new("Contact", "Phone", "crm", new[] { "crm", "marketing" }, new[] { CrmToMarketing, MarketingFillsPhone }, isPii: true);
    private static readonly SorField<int> LeadScore = new("Contact", "LeadScore", "marketing", new[] { "marketing", "crm" }, Array.Empty<SorFlowInfo>());

    [Fact]
    public void Every_write_is_audited_with_record_field_values_writer_and_the_injected_time()
    {
        var clock = new SteppingClock(Noon);
        var sink = new SorMemoryAuditSink();
        var changes = new SorChangeSet(sink, clock);
        SorRecord marketing = changes.Attach(new SorRecord("Contact", "c-1"));
        SorRecord crm = changes.Attach(new SorRecord("Contact", "c-1"));

        marketing.Set(LeadScore, 40, SorWriter.ForSystem("marketing"));
        marketing.Set(LeadScore, 40, SorWriter.ForSystem("marketing")); // unchanged: not a change
        SorFlowApplication.Begin(new SorFlowInfo("marketing-to-crm", "marketing", "crm", null, SorConflictRule.OwnerWins, null), marketing, crm).Copy(LeadScore);
        crm.Set(LeadScore, 41);

        Assert.Collection(
            sink.Entries,
            e => Check(e, null, 40, "system:marketing", Noon),
            e => Check(e, null, 40, "flow:marketing-to-crm", Noon.AddSeconds(1)),
            e => Check(e, 40, 41, "unknown", Noon.AddSeconds(2)));
        Assert.Equal("2026-11-30T12:00:01.0000000+00:00 Contact c-1 LeadScore: (blank) -> 40 by flow:marketing-to-crm (Written)", sink.Entries[1].ToString());

        static void Check(SorAuditEntry entry, object? old, object? @new, string writer, DateTimeOffset time)
        {
            Assert.Equal(("Contact", "c-1", "LeadScore", old, @new, writer, SorWriteOutcome.Written, time, false),
                (entry.Entity, entry.RecordId, entry.Field.Name, entry.OldValue, entry.NewValue, entry.Writer.ToString(), entry.Outcome, entry.Time, entry.IsMasked));
        }
    }

    [Fact]
    public void Loop_guard_a_value_that_arrived_from_the_target_is_not_sent_back()
    {
        var sink = new SorMemoryAuditSink();
        var changes = new SorChangeSet(sink, new SteppingClock(Noon));
        SorRecord crm = changes.Attach(new SorRecord("Contact", "c-1"));
        SorRecord marketing = changes.Attach(new SorRecord("Contact", "c-1"));
        marketing.Set(Phone, "+1 555 0100", SorWriter.ForSystem("marketing"));

        SorFlowApplication filled = SorFlowApplication.Begin(MarketingFillsPhone, marketing, crm).Copy(Phone);
        marketing.Set(Phone, "+1 555 0199", SorWriter.ForSystem("marketing")); // marketing edits its copy meanwhile
        SorFlowApplication back = SorFlowApplication.Begin(CrmToMarketing, crm, marketing).Copy(Phone);

        Assert.True(filled.HasChanges);
        Assert.False(back.HasChanges);
        SorFieldWrite skipped = Assert.Single(back.Skipped);
        Assert.Equal((SorWriteOutcome.Loop, "+1 555 0199", "+1 555 0100"), (skipped.Outcome, skipped.OldValue, skipped.NewValue));
        Assert.Equal("+1 555 0199", marketing.Get(Phone));
        Assert.Equal(SorWriteOutcome.Loop, sink.Entries.Last().Outcome);
    }

    [Fact]
    public void Loop_guard_an_echo_of_an_unchanged_value_is_reported_too()
    {
        // The owner cleared a wrong phone; HubSpot's copy, which came from the CRM, must not fill it back.
        var changes = new SorChangeSet();
        SorRecord crm = changes.Attach(new SorRecord("Contact", "c-2"));
        SorRecord marketing = changes.Attach(new SorRecord("Contact", "c-2"));
        crm.Set(Phone, "+1 555 0100", SorWriter.ForSystem("crm"));
        SorFlowApplication.Begin(CrmToMarketing, crm, marketing).Copy(Phone);
        crm.Set(Phone, "", SorWriter.ForSystem("crm"));

        SorFlowApplication fill = SorFlowApplication.Begin(MarketingFillsPhone, marketing, crm).Copy(Phone);

        Assert.Equal(SorWriteOutcome.Loop, Assert.Single(fill.Skipped).Outcome);
        Assert.Equal("", crm.Get(Phone));

        // The same value, unchanged on both sides: the echo is still reported, not silently dropped.
        crm.Set(Phone, "+1 555 0100", SorWriter.ForSystem("crm"));
        SorFlowApplication.Begin(CrmToMarketing, crm, marketing).Copy(Phone);
        SorFlowApplication echo = SorFlowApplication.Begin(new SorFlowInfo("marketing-to-crm", "marketing", "crm", null, SorConflictRule.OwnerWins, null), marketing, crm).Copy(Phone);
        SorFieldWrite echoed = Assert.Single(echo.Skipped);
        Assert.Equal((SorWriteOutcome.Loop, "+1 555 0100", "+1 555 0100"), (echoed.Outcome, echoed.OldValue, echoed.NewValue));

        SorRecord other = changes.Attach(new SorRecord("Contact", "c-3"));
        other.Set(Phone, "+1 555 0100");
        SorFlowApplication same = SorFlowApplication.Begin(CrmToMarketing, other, marketing).Copy(Phone);
        Assert.False(same.HasChanges);
        Assert.Empty(same.Skipped); // an equal value from elsewhere: nothing to do, nothing to report
    }

    [Fact]
    public void Loop_guard_a_value_the_owner_changed_since_it_arrived_flows_normally()
    {
        var changes = new SorChangeSet();
        SorRecord crm = changes.Attach(new SorRecord("Contact", "c-1"));
        SorRecord marketing = changes.Attach(new SorRecord("Contact", "c-1"));
        marketing.Set(Phone, "+1 555 0100");
        SorFlowApplication.Begin(MarketingFillsPhone, marketing, crm).Copy(Phone);
        marketing.Set(Phone, "+1 555 0199");

        crm.Set(Phone, "+1 555 0123", SorWriter.ForSystem("crm")); // the owner's own value now
        SorFlowApplication sent = SorFlowApplication.Begin(CrmToMarketing, crm, marketing).Copy(Phone);

        Assert.Equal(SorWriteOutcome.Written, Assert.Single(sent.Changes).Outcome);
        Assert.Equal("+1 555 0123", marketing.Get(Phone));
    }

    [Fact]
    public void Loop_guard_needs_the_change_set_a_value_arriving_from_a_third_system_is_no_loop()
    {
        var changes = new SorChangeSet();
        SorRecord crm = changes.Attach(new SorRecord("Contact"));
        SorRecord marketing = changes.Attach(new SorRecord("Contact"));
        marketing.Set(Phone, "+1 555 0100");
        var viaThirdSystem = new SorFlowInfo("cs-to-crm", "cs", "crm", null, SorConflictRule.OwnerWins, null);
        var cs = new SorRecord("Contact");
        cs.Set(Phone, "+1 555 0142");
        SorFlowApplication.Begin(viaThirdSystem, cs, crm).Copy(Phone);

        SorFlowApplication sent = SorFlowApplication.Begin(CrmToMarketing, crm, marketing).Copy(Phone);

        Assert.Equal("+1 555 0142", Assert.Single(sent.Changes).NewValue);
    }

    [Fact]
    public void Pii_values_are_masked_in_the_memory_sink_the_entry_text_and_the_result_text()
    {
        var sink = new SorMemoryAuditSink();
        var changes = new SorChangeSet(sink);
        SorRecord crm = changes.Attach(new SorRecord("Contact", "c-1"));
        var marketing = new SorRecord("Contact", "c-1");
        marketing.Set(Phone, "+1 555 0100");

        SorFlowApplication applied = SorFlowApplication.Begin(MarketingFillsPhone, marketing, crm).Copy(Phone);
        crm.Set(Phone, "  ", SorWriter.ForSystem("crm"));

        SorAuditEntry filled = sink.Entries[0];
        Assert.Equal((null, SorAuditEntry.MaskedValue, true), (filled.OldValue, filled.NewValue, filled.IsMasked));
        Assert.Equal((SorAuditEntry.MaskedValue, "  "), (sink.Entries[1].OldValue, sink.Entries[1].NewValue)); // a blank stays visible as blank
        Assert.EndsWith("Phone: *** -> \"  \" by system:crm (Written)", sink.Entries[1].ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("555 01", string.Join("\n", sink.Entries) + applied.Changes[0]);
        Assert.Equal("+1 555 0100", applied.Changes[0].NewValue); // the caller's own result keeps the value
    }

    [Fact]
    public void Pii_values_are_masked_in_the_logging_sink_and_the_events_are_structured()
    {
        var logger = new CapturingLogger();
        var changes = new SorChangeSet(new SorLoggerAuditSink(logger), new SteppingClock(Noon));
        SorRecord crm = changes.Attach(new SorRecord("Contact", "c-1"));
        crm.Set(Phone, "+1 555 0100", SorWriter.ForSystem("crm"));
        crm.Set(LeadScore, 7, SorWriter.ForFlow("marketing-to-crm"));
        SorFlowApplication.Write(MarketingFillsPhone, Phone, crm, "+1 555 0199");

        Assert.Equal(3, logger.Events.Count);
        Assert.DoesNotContain(logger.Events, e => e.Message.Contains("555 01", StringComparison.Ordinal)
            || e.Properties.Any(p => p.Value?.ToString()?.Contains("555 01", StringComparison.Ordinal) == true));

        (EventId id, string message, Dictionary<string, object?> properties) = logger.Events[1];
        Assert.Equal(SorLoggerAuditSink.WriteEvent, id);
        Assert.Equal("Contact c-1 LeadScore: (blank) -> 7 by flow:marketing-to-crm (Written) at 2026-11-30T12:00:01.0000000+00:00", message);
        Assert.Equal(
            new Dictionary<string, object?>
            {
                ["Entity"] = "Contact", ["RecordId"] = "c-1", ["Field"] = "LeadScore", ["OldValue"] = null, ["NewValue"] = 7,
                ["Writer"] = "flow:marketing-to-crm", ["Outcome"] = "Written", ["AuditTime"] = Noon.AddSeconds(1),
                ["{OriginalFormat}"] = "{Entity} {RecordId} {Field}: {OldValue} -> {NewValue} by {Writer} ({Outcome}) at {AuditTime}",
            },
            properties);

        Assert.Equal(SorLoggerAuditSink.SkipEvent, logger.Events[2].Id);
        Assert.Equal(("***", "***", "TargetNotBlank"), (logger.Events[2].Properties["OldValue"], logger.Events[2].Properties["NewValue"], logger.Events[2].Properties["Outcome"]));
    }

    [Fact]
    public void Writes_by_key_are_audited_under_the_catalogs_field_or_masked_when_unknown()
    {
        var sink = new SorMemoryAuditSink();
        var changes = new SorChangeSet(sink, fields: new SorField[] { LeadScore });
        SorRecord contact = changes.Attach(new SorRecord("Contact", "c-1"));

        contact.Set("Contact.LeadScore", 12);
        contact.Set("Contact.Nickname", "Bobby");

        Assert.Equal((12, false), (sink.Entries[0].NewValue, sink.Entries[0].IsMasked));
        Assert.Same(LeadScore, sink.Entries[0].Field);
        Assert.Equal(("Nickname", SorAuditEntry.MaskedValue, true), (sink.Entries[1].Field.Name, sink.Entries[1].NewValue, sink.Entries[1].IsMasked));
    }

    [Fact]
    public void A_record_without_a_change_set_records_nothing_and_still_writes()
    {
        var sink = new SorMemoryAuditSink();
        _ = new SorChangeSet(sink);
        var contact = new SorRecord("Contact");

        contact.Set(LeadScore, 3, SorWriter.ForSystem("marketing"));
        SorFlowApplication.Write(MarketingFillsPhone, Phone, contact, "+1 555 0100");

        Assert.Empty(sink.Entries);
        Assert.Equal((3, "+1 555 0100"), (contact.Get(LeadScore), contact.Get(Phone)));
    }

    [Fact]
    public void Writers_compare_and_print_by_kind_and_id()
    {
        Assert.Equal(SorWriter.ForFlow("a"), SorWriter.ForFlow("a"));
        Assert.NotEqual(SorWriter.ForFlow("a"), SorWriter.ForSystem("a"));
        Assert.Equal((SorWriterKind.Unknown, null, "unknown"), (SorWriter.Unknown.Kind, SorWriter.Unknown.Id, SorWriter.Unknown.ToString()));
        Assert.Throws<ArgumentException>(() => SorWriter.ForSystem(""));
    }

    /// <summary>A clock that moves one second each time it is read: each entry gets its own time.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow()
        {
            DateTimeOffset now = _now;
            _now = _now.AddSeconds(1);
            return now;
        }
    }

    /// <summary>Keeps each event's id, formatted message and structured properties.</summary>
    private sealed class CapturingLogger : ILogger
    {
        public List<(EventId Id, string Message, Dictionary<string, object?> Properties)> Events { get; } = new();

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            Assert.Equal(LogLevel.Information, logLevel);
            var properties = ((IEnumerable<KeyValuePair<string, object?>>)state!).ToDictionary(p => p.Key, p => p.Value);
            Events.Add((eventId, formatter(state, exception), properties));
        }
    }
}
