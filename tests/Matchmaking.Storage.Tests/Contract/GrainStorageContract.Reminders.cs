using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;

namespace Matchmaking.Storage.Tests.Contract;

/// <summary>
/// Orleans' ADO.NET reminder table over the project's reminder SQL, as the silo's reminder service uses it: rows
/// written, replaced at a new version, read by grain, by name and by hash range (both range queries), deleted only at
/// their version.
/// </summary>
public abstract partial class GrainStorageContract
{
    private IReminderTable Reminders => Silo.Services.GetRequiredService<IReminderTable>();

    [Fact]
    public async Task A_reminder_is_written_replaced_read_by_grain_name_and_hash_range_and_deleted_only_at_its_version()
    {
        var grain = NewId("freshness-sweep");
        var start = new DateTime(2027, 3, 14, 9, 0, 0, DateTimeKind.Utc);
        var first = (await Reminders.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "sweep", StartAt = start, Period = TimeSpan.FromDays(1) }))!;
        var second = (await Reminders.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "sweep", StartAt = start.AddHours(1), Period = TimeSpan.FromDays(40) }))!;
        await Reminders.UpsertRow(new ReminderEntry { GrainId = grain, ReminderName = "other", StartAt = start, Period = TimeSpan.FromMinutes(1) });

        var row = (await Reminders.ReadRow(grain, "sweep"))!;
        var rows = await Reminders.ReadRows(grain);
        var hash = grain.GetUniformHashCode();
        var inRange = await Reminders.ReadRows(hash - 1, hash);          // begin < end: the first range query
        var wrapped = await Reminders.ReadRows(hash, hash - 1);          // begin > end: the range wraps round
        var staleDelete = await Reminders.RemoveRow(grain, "sweep", first);
        var delete = await Reminders.RemoveRow(grain, "sweep", second);
        var gone = await Reminders.ReadRow(grain, "sweep");

        Assert.NotEqual(first, second);
        Assert.Equal(start.AddHours(1), DateTime.SpecifyKind(row.StartAt.Kind == DateTimeKind.Local ? row.StartAt.ToUniversalTime() : row.StartAt, DateTimeKind.Utc));
        Assert.Equal(TimeSpan.FromDays(40), row.Period);
        Assert.Equal(second, row.ETag);
        Assert.Equal(["other", "sweep"], rows.Reminders.Select(r => r.ReminderName).Order());
        Assert.Equal(2, inRange.Reminders.Count(r => r.GrainId == grain));
        Assert.DoesNotContain(wrapped.Reminders, r => r.GrainId == grain);
        Assert.False(staleDelete);
        Assert.True(delete);
        Assert.Null(gone);
        Assert.Single((await Reminders.ReadRows(grain)).Reminders);
    }
}
