using Roundtable.Engine.Providers;

namespace Roundtable.Engine.Practice;

/// <summary>The five questions the salesperson should get answered in this meeting.</summary>
/// <remarks>Producer: The model call, or the offline model's producer when built from the brief without a model.</remarks>
public sealed record StrategicQuestions(IReadOnlyList<string> Questions, MessageProducer Producer);
