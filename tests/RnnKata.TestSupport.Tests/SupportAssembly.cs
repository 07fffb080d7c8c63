// As in every lab's test assembly: the planted fixtures below are run through it.
[assembly: Category("TestSupport")]
[assembly: RnnKata.TestSupport.ReportStubsAsNotStarted]
