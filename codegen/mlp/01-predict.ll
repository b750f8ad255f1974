; ModuleID = 'mlp'
source_filename = "mlp"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_1(i8** %0) #0 {
entry:
  %pointers = alloca i8*, i64 3, align 8
  %1 = getelementptr inbounds i8*, i8** %0, i64 25
  %2 = load i8*, i8** %1, align 8
  %3 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %2, i8** %3, align 8
  %4 = getelementptr inbounds i8*, i8** %0, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %5, i8** %6, align 8
  %7 = getelementptr inbounds i8*, i8** %0, i64 28
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %8, i8** %9, align 8
  %10 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_1(i8* %10, i64 0, i64 8)
  %11 = getelementptr inbounds i8*, i8** %0, i64 28
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %12, i8** %13, align 8
  %14 = getelementptr inbounds i8*, i8** %0, i64 1
  %15 = load i8*, i8** %14, align 8
  %16 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %15, i8** %16, align 8
  %17 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %17, i64 0, i64 8)
  %18 = getelementptr inbounds i8*, i8** %0, i64 28
  %19 = load i8*, i8** %18, align 8
  %20 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %19, i8** %20, align 8
  %21 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %21, i64 0, i64 1)
  %22 = getelementptr inbounds i8*, i8** %0, i64 28
  %23 = load i8*, i8** %22, align 8
  %24 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %23, i8** %24, align 8
  %25 = getelementptr inbounds i8*, i8** %0, i64 4
  %26 = load i8*, i8** %25, align 8
  %27 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %26, i8** %27, align 8
  %28 = getelementptr inbounds i8*, i8** %0, i64 28
  %29 = load i8*, i8** %28, align 8
  %30 = getelementptr inbounds i8, i8* %29, i64 1024
  %31 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %30, i8** %31, align 8
  %32 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %32, i64 0, i64 8)
  %33 = getelementptr inbounds i8*, i8** %0, i64 28
  %34 = load i8*, i8** %33, align 8
  %35 = getelementptr inbounds i8, i8* %34, i64 1024
  %36 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %35, i8** %36, align 8
  %37 = getelementptr inbounds i8*, i8** %0, i64 5
  %38 = load i8*, i8** %37, align 8
  %39 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %38, i8** %39, align 8
  %40 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %40, i64 0, i64 8)
  %41 = getelementptr inbounds i8*, i8** %0, i64 28
  %42 = load i8*, i8** %41, align 8
  %43 = getelementptr inbounds i8, i8* %42, i64 1024
  %44 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %43, i8** %44, align 8
  %45 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %45, i64 0, i64 1)
  %46 = getelementptr inbounds i8*, i8** %0, i64 28
  %47 = load i8*, i8** %46, align 8
  %48 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %47, i8** %48, align 8
  %49 = getelementptr inbounds i8*, i8** %0, i64 28
  %50 = load i8*, i8** %49, align 8
  %51 = getelementptr inbounds i8, i8* %50, i64 1024
  %52 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %51, i8** %52, align 8
  %53 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %53, i64 0, i64 1)
  %54 = getelementptr inbounds i8*, i8** %0, i64 28
  %55 = load i8*, i8** %54, align 8
  %56 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %55, i8** %56, align 8
  %57 = getelementptr inbounds i8*, i8** %0, i64 6
  %58 = load i8*, i8** %57, align 8
  %59 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %58, i8** %59, align 8
  %60 = getelementptr inbounds i8*, i8** %0, i64 28
  %61 = load i8*, i8** %60, align 8
  %62 = getelementptr inbounds i8, i8* %61, i64 1024
  %63 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %62, i8** %63, align 8
  %64 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %64, i64 0, i64 8)
  %65 = getelementptr inbounds i8*, i8** %0, i64 28
  %66 = load i8*, i8** %65, align 8
  %67 = getelementptr inbounds i8, i8* %66, i64 1024
  %68 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %67, i8** %68, align 8
  %69 = getelementptr inbounds i8*, i8** %0, i64 7
  %70 = load i8*, i8** %69, align 8
  %71 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %70, i8** %71, align 8
  %72 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_2(i8* %72, i64 0, i64 8)
  %73 = getelementptr inbounds i8*, i8** %0, i64 28
  %74 = load i8*, i8** %73, align 8
  %75 = getelementptr inbounds i8, i8* %74, i64 1024
  %76 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %75, i8** %76, align 8
  %77 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %77, i64 0, i64 1)
  %78 = getelementptr inbounds i8*, i8** %0, i64 28
  %79 = load i8*, i8** %78, align 8
  %80 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %79, i8** %80, align 8
  %81 = getelementptr inbounds i8*, i8** %0, i64 28
  %82 = load i8*, i8** %81, align 8
  %83 = getelementptr inbounds i8, i8* %82, i64 1024
  %84 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %83, i8** %84, align 8
  %85 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %85, i64 0, i64 1)
  %86 = getelementptr inbounds i8*, i8** %0, i64 28
  %87 = load i8*, i8** %86, align 8
  %88 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %87, i8** %88, align 8
  %89 = getelementptr inbounds i8*, i8** %0, i64 2
  %90 = load i8*, i8** %89, align 8
  %91 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %90, i8** %91, align 8
  %92 = getelementptr inbounds i8*, i8** %0, i64 28
  %93 = load i8*, i8** %92, align 8
  %94 = getelementptr inbounds i8, i8* %93, i64 1024
  %95 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %94, i8** %95, align 8
  %96 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %96, i64 0, i64 8)
  %97 = getelementptr inbounds i8*, i8** %0, i64 26
  %98 = load i8*, i8** %97, align 8
  %99 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %98, i8** %99, align 8
  %100 = getelementptr inbounds i8*, i8** %0, i64 28
  %101 = load i8*, i8** %100, align 8
  %102 = getelementptr inbounds i8, i8* %101, i64 1024
  %103 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %102, i8** %103, align 8
  %104 = getelementptr inbounds i8*, i8** %0, i64 3
  %105 = load i8*, i8** %104, align 8
  %106 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %105, i8** %106, align 8
  %107 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %107, i64 0, i64 8)
  %108 = getelementptr inbounds i8*, i8** %0, i64 26
  %109 = load i8*, i8** %108, align 8
  %110 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %109, i8** %110, align 8
  %111 = getelementptr inbounds i8*, i8** %0, i64 27
  %112 = load i8*, i8** %111, align 8
  %113 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %112, i8** %113, align 8
  %114 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %114, i64 0, i64 8)
  ret i32 0
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_1(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 16
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #3

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_2(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 32
  %15 = add i64 0, %14
  %16 = mul i64 %i, 32
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_3(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %73, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 256
  %14 = select i1 %13, i64 %12, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %72, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fmul float 0x3FA6E4E260000000, %19
  %21 = fmul float %20, %19
  %22 = fmul float %21, %19
  %23 = fadd float %19, %22
  %24 = fmul float 0x3FE9884540000000, %23
  %25 = call float @llvm.fabs.f32(float %24)
  %26 = fmul float %24, %24
  %27 = fmul float %25, %26
  %28 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %26, float 0x3F951F8CE0000000)
  %29 = call float @llvm.fmuladd.f32(float %28, float %26, float 0xBFAB835A40000000)
  %30 = call float @llvm.fmuladd.f32(float %29, float %26, float 0x3FC1106F60000000)
  %31 = call float @llvm.fmuladd.f32(float %30, float %26, float 0xBFD5555320000000)
  %32 = call float @llvm.fmuladd.f32(float %27, float %31, float %25)
  %33 = fmul float %25, -2.000000e+00
  %34 = fcmp oge float %33, -1.100000e+02
  %35 = select i1 %34, float %33, float -1.100000e+02
  %36 = fcmp ole float %35, 1.000000e+02
  %37 = select i1 %36, float %35, float 1.000000e+02
  %38 = fmul float %37, 0x3FF7154760000000
  %39 = call float @llvm.rint.f32(float %38)
  %40 = call float @llvm.fmuladd.f32(float %39, float 0xBFE6300000000000, float %37)
  %41 = call float @llvm.fmuladd.f32(float %39, float 0x3F2BD01060000000, float %40)
  %42 = fmul float %41, %41
  %43 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %41, float 0x3F81239880000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0x3FA5558AE0000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC5554920000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0x3FDFFFFFC0000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %41)
  %48 = fadd float %47, 1.000000e+00
  %49 = fptosi float %39 to i32
  %50 = ashr i32 %49, 1
  %51 = sub i32 %49, %50
  %52 = add i32 %50, 127
  %53 = shl i32 %52, 23
  %54 = bitcast i32 %53 to float
  %55 = fmul float %48, %54
  %56 = add i32 %51, 127
  %57 = shl i32 %56, 23
  %58 = bitcast i32 %57 to float
  %59 = fmul float %55, %58
  %60 = fcmp uno float %33, %33
  %61 = select i1 %60, float %33, float %59
  %62 = fsub float 1.000000e+00, %61
  %63 = fadd float 1.000000e+00, %61
  %64 = fdiv float %62, %63
  %65 = fcmp olt float %25, 6.250000e-01
  %66 = select i1 %65, float %32, float %64
  %67 = call float @llvm.copysign.f32(float %66, float %24)
  %68 = fmul float 5.000000e-01, %19
  %69 = fadd float 1.000000e+00, %67
  %70 = fmul float %68, %69
  %71 = getelementptr inbounds float, float* %6, i64 %16
  store float %70, float* %71, align 4
  %72 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %73 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #3

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_4(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 32
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 32
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 32
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 32
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_5(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 0
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 1
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4096
  %15 = add i64 %14, 4096
  %16 = icmp slt i64 %15, 256
  %17 = select i1 %16, i64 %15, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %14, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, %17
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 0, %i4
  %20 = add i64 0, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_6(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %i, 4
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %39, %exit7 ]
  %20 = icmp slt i64 %i4, 32
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = mul i64 %15, 32
  %22 = add i64 %21, %i4
  %23 = add i64 %16, %22
  %24 = getelementptr inbounds float, float* %6, i64 %23
  %25 = load float, float* %24, align 4
  %26 = mul i64 %i4, 4
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 4
  br i1 %29, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %30 = add i64 %17, %i8
  %31 = add i64 %27, %i8
  %32 = getelementptr inbounds float, float* %9, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %12, i64 %30
  %35 = load float, float* %34, align 4
  %36 = call float @llvm.fmuladd.f32(float %25, float %33, float %35)
  %37 = getelementptr inbounds float, float* %12, i64 %30
  store float %36, float* %37, align 4
  %38 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %39 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_7(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = mul i64 %i, 4
  %15 = add i64 0, %14
  %16 = mul i64 %i, 4
  %17 = add i64 0, %16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %body2 ]
  %18 = icmp slt i64 %i4, 4
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 %17, %i4
  %21 = add i64 0, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %23, %25
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_8(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit16, %entry
  %i = phi i64 [ %1, %entry ], [ %71, %exit16 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %20, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %body ], [ %19, %body2 ]
  %12 = icmp slt i64 %i4, 4
  br i1 %12, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %13 = add i64 %11, %i4
  %14 = getelementptr inbounds float, float* %6, i64 %13
  %15 = load float, float* %14, align 4
  %16 = fcmp uno float %acc, %15
  %17 = fcmp ogt float %15, %acc
  %18 = select i1 %17, float %15, float %acc
  %19 = select i1 %16, float 0x7FF8000000000000, float %18
  %20 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %56, %body6 ]
  %21 = icmp slt i64 %i8, 4
  br i1 %21, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %22 = add i64 %11, %i8
  %23 = getelementptr inbounds float, float* %6, i64 %22
  %24 = load float, float* %23, align 4
  %25 = fsub float %24, %acc
  %26 = fcmp oge float %25, -1.100000e+02
  %27 = select i1 %26, float %25, float -1.100000e+02
  %28 = fcmp ole float %27, 1.000000e+02
  %29 = select i1 %28, float %27, float 1.000000e+02
  %30 = fmul float %29, 0x3FF7154760000000
  %31 = call float @llvm.rint.f32(float %30)
  %32 = call float @llvm.fmuladd.f32(float %31, float 0xBFE6300000000000, float %29)
  %33 = call float @llvm.fmuladd.f32(float %31, float 0x3F2BD01060000000, float %32)
  %34 = fmul float %33, %33
  %35 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %33, float 0x3F81239880000000)
  %36 = call float @llvm.fmuladd.f32(float %35, float %33, float 0x3FA5558AE0000000)
  %37 = call float @llvm.fmuladd.f32(float %36, float %33, float 0x3FC5554920000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %33, float 0x3FDFFFFFC0000000)
  %39 = call float @llvm.fmuladd.f32(float %34, float %38, float %33)
  %40 = fadd float %39, 1.000000e+00
  %41 = fptosi float %31 to i32
  %42 = ashr i32 %41, 1
  %43 = sub i32 %41, %42
  %44 = add i32 %42, 127
  %45 = shl i32 %44, 23
  %46 = bitcast i32 %45 to float
  %47 = fmul float %40, %46
  %48 = add i32 %43, 127
  %49 = shl i32 %48, 23
  %50 = bitcast i32 %49 to float
  %51 = fmul float %47, %50
  %52 = fcmp uno float %25, %25
  %53 = select i1 %52, float %25, float %51
  %54 = add i64 %11, %i8
  %55 = getelementptr inbounds float, float* %9, i64 %54
  store float %53, float* %55, align 4
  %56 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 0, %exit7 ], [ %62, %body10 ]
  %acc13 = phi float [ 0.000000e+00, %exit7 ], [ %61, %body10 ]
  %57 = icmp slt i64 %i12, 4
  br i1 %57, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %58 = add i64 %11, %i12
  %59 = getelementptr inbounds float, float* %9, i64 %58
  %60 = load float, float* %59, align 4
  %61 = fadd float %acc13, %60
  %62 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  br label %loop14

loop14:                                           ; preds = %body15, %exit11
  %i17 = phi i64 [ 0, %exit11 ], [ %70, %body15 ]
  %63 = icmp slt i64 %i17, 4
  br i1 %63, label %body15, label %exit16

body15:                                           ; preds = %loop14
  %64 = add i64 %11, %i17
  %65 = getelementptr inbounds float, float* %9, i64 %64
  %66 = load float, float* %65, align 4
  %67 = fdiv float %66, %acc13
  %68 = add i64 %11, %i17
  %69 = getelementptr inbounds float, float* %9, i64 %68
  store float %67, float* %69, align 4
  %70 = add i64 %i17, 1
  br label %loop14

exit16:                                           ; preds = %loop14
  %71 = add i64 %i, 1
  br label %loop
}

attributes #0 = { nounwind }
attributes #1 = { noinline nounwind }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
