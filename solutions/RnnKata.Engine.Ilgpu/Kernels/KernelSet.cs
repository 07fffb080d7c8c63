using ILGPU;
using ILGPU.Runtime;

namespace RnnKata.Engine.Ilgpu.Kernels;

/// <summary>Every kernel of the engine, compiled once for one accelerator; the launchers run on its default stream.</summary>
internal sealed class KernelSet
{
    public KernelSet(Accelerator accelerator)
    {
        var a = accelerator;
        Fill = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, float>(VectorKernels.Fill);
        Copy = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>>(VectorKernels.Copy);
        Axpy = a.LoadAutoGroupedStreamKernel<Index1D, float, ArrayView<float>, ArrayView<float>>(VectorKernels.Axpy);
        Scale = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, float>(VectorKernels.Scale);
        Clip = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, float>(VectorKernels.Clip);
        Relu = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>>(VectorKernels.Relu);
        ReluBackward = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>>(VectorKernels.ReluBackward);
        AddBias = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, int>(VectorKernels.AddBias);
        AccumulateColumnSums = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, int, int>(VectorKernels.AccumulateColumnSums);
        Gemm = a.LoadStreamKernel<ArrayView<float>, ArrayView<float>, ArrayView<float>, GemmArgs>(GemmKernel.Run);
        SumOfSquares = a.LoadStreamKernel<ArrayView<float>, ArrayView<double>, int>(ReductionKernels.SumOfSquares);
        ElementwiseLoss = a.LoadStreamKernel<ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<double>, int, int, float>(LossKernels.Elementwise);
        SoftmaxCrossEntropy = a.LoadStreamKernel<ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<double>, ArrayView<int>, int, int>(
            LossKernels.SoftmaxCrossEntropy);
        Sgd = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, float, float>(OptimizerKernels.Sgd);
        Adam = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, AdamArgs>(OptimizerKernels.Adam);
        RmsProp = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, RmsPropArgs>(
            OptimizerKernels.RmsProp);
        Adagrad = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, float, float>(OptimizerKernels.Adagrad);
        ElmanForward = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int, int>(
            CellForwardKernels.Elman);
        LstmForward = a.LoadAutoGroupedStreamKernel<
            Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>,
            ArrayView<float>, int>(CellForwardKernels.Lstm);
        GruForward = a.LoadAutoGroupedStreamKernel<
            Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>,
            ArrayView<float>, int>(CellForwardKernels.Gru);
        ElmanBackward = a.LoadAutoGroupedStreamKernel<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int>(
            CellBackwardKernels.Elman);
        LstmBackward = a.LoadAutoGroupedStreamKernel<
            Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int>(
            CellBackwardKernels.Lstm);
        GruBackward = a.LoadAutoGroupedStreamKernel<
            Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int>(
            CellBackwardKernels.Gru);
    }

    public Action<Index1D, ArrayView<float>, float> Fill { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>> Copy { get; }
    public Action<Index1D, float, ArrayView<float>, ArrayView<float>> Axpy { get; }
    public Action<Index1D, ArrayView<float>, float> Scale { get; }
    public Action<Index1D, ArrayView<float>, float> Clip { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>> Relu { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>> ReluBackward { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, int> AddBias { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, int, int> AccumulateColumnSums { get; }
    public Action<KernelConfig, ArrayView<float>, ArrayView<float>, ArrayView<float>, GemmArgs> Gemm { get; }
    public Action<KernelConfig, ArrayView<float>, ArrayView<double>, int> SumOfSquares { get; }
    public Action<KernelConfig, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<double>, int, int, float> ElementwiseLoss { get; }
    public Action<KernelConfig, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<double>, ArrayView<int>, int, int> SoftmaxCrossEntropy { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, float, float> Sgd { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, AdamArgs> Adam { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, RmsPropArgs> RmsProp { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, float, float> Adagrad { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int, int> ElmanForward { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int> LstmForward { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int> GruForward { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int> ElmanBackward { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int> LstmBackward { get; }
    public Action<Index1D, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, ArrayView<float>, int> GruBackward { get; }
}
