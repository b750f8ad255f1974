; ModuleID = 'mlp'
source_filename = "mlp"
target triple = "x86_64-unknown-linux-gnu"

; Function Attrs: nounwind
define i32 @eptc_entry_0(i8** %0) #0 {
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
  %21 = getelementptr inbounds i8*, i8** %0, i64 4
  %22 = load i8*, i8** %21, align 8
  %23 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %22, i8** %23, align 8
  %24 = getelementptr inbounds i8*, i8** %0, i64 28
  %25 = load i8*, i8** %24, align 8
  %26 = getelementptr inbounds i8, i8* %25, i64 1024
  %27 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %26, i8** %27, align 8
  %28 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %28, i64 0, i64 8)
  %29 = getelementptr inbounds i8*, i8** %0, i64 28
  %30 = load i8*, i8** %29, align 8
  %31 = getelementptr inbounds i8, i8* %30, i64 1024
  %32 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %31, i8** %32, align 8
  %33 = getelementptr inbounds i8*, i8** %0, i64 28
  %34 = load i8*, i8** %33, align 8
  %35 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %34, i8** %35, align 8
  %36 = getelementptr inbounds i8*, i8** %0, i64 5
  %37 = load i8*, i8** %36, align 8
  %38 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %37, i8** %38, align 8
  %39 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %39, i64 0, i64 8)
  %40 = getelementptr inbounds i8*, i8** %0, i64 28
  %41 = load i8*, i8** %40, align 8
  %42 = getelementptr inbounds i8, i8* %41, i64 1024
  %43 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %42, i8** %43, align 8
  %44 = getelementptr inbounds i8*, i8** %0, i64 6
  %45 = load i8*, i8** %44, align 8
  %46 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %45, i8** %46, align 8
  %47 = getelementptr inbounds i8*, i8** %0, i64 28
  %48 = load i8*, i8** %47, align 8
  %49 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %48, i8** %49, align 8
  %50 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_3(i8* %50, i64 0, i64 8)
  %51 = getelementptr inbounds i8*, i8** %0, i64 28
  %52 = load i8*, i8** %51, align 8
  %53 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %52, i8** %53, align 8
  %54 = getelementptr inbounds i8*, i8** %0, i64 28
  %55 = load i8*, i8** %54, align 8
  %56 = getelementptr inbounds i8, i8* %55, i64 1024
  %57 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %56, i8** %57, align 8
  %58 = getelementptr inbounds i8*, i8** %0, i64 7
  %59 = load i8*, i8** %58, align 8
  %60 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %59, i8** %60, align 8
  %61 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_4(i8* %61, i64 0, i64 8)
  %62 = getelementptr inbounds i8*, i8** %0, i64 28
  %63 = load i8*, i8** %62, align 8
  %64 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %63, i8** %64, align 8
  %65 = getelementptr inbounds i8*, i8** %0, i64 2
  %66 = load i8*, i8** %65, align 8
  %67 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %66, i8** %67, align 8
  %68 = getelementptr inbounds i8*, i8** %0, i64 28
  %69 = load i8*, i8** %68, align 8
  %70 = getelementptr inbounds i8, i8* %69, i64 1024
  %71 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %70, i8** %71, align 8
  %72 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_5(i8* %72, i64 0, i64 8)
  %73 = getelementptr inbounds i8*, i8** %0, i64 28
  %74 = load i8*, i8** %73, align 8
  %75 = getelementptr inbounds i8, i8* %74, i64 1024
  %76 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %75, i8** %76, align 8
  %77 = getelementptr inbounds i8*, i8** %0, i64 3
  %78 = load i8*, i8** %77, align 8
  %79 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %78, i8** %79, align 8
  %80 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_6(i8* %80, i64 0, i64 8)
  %81 = getelementptr inbounds i8*, i8** %0, i64 26
  %82 = load i8*, i8** %81, align 8
  %83 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %82, i8** %83, align 8
  %84 = bitcast i8** %pointers to i8*
  %85 = call i1 @eptc_check_1(i8* %84)
  br i1 %85, label %invalid, label %valid

invalid:                                          ; preds = %entry
  ret i32 15

valid:                                            ; preds = %entry
  %86 = getelementptr inbounds i8*, i8** %0, i64 28
  %87 = load i8*, i8** %86, align 8
  %88 = getelementptr inbounds i8, i8* %87, i64 1024
  %89 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %88, i8** %89, align 8
  %90 = getelementptr inbounds i8*, i8** %0, i64 26
  %91 = load i8*, i8** %90, align 8
  %92 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %91, i8** %92, align 8
  %93 = getelementptr inbounds i8*, i8** %0, i64 28
  %94 = load i8*, i8** %93, align 8
  %95 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %94, i8** %95, align 8
  %96 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_7(i8* %96, i64 0, i64 8)
  %97 = getelementptr inbounds i8*, i8** %0, i64 26
  %98 = load i8*, i8** %97, align 8
  %99 = getelementptr inbounds i8*, i8** %pointers, i64 0
  store i8* %98, i8** %99, align 8
  %100 = getelementptr inbounds i8*, i8** %0, i64 28
  %101 = load i8*, i8** %100, align 8
  %102 = getelementptr inbounds i8*, i8** %pointers, i64 1
  store i8* %101, i8** %102, align 8
  %103 = getelementptr inbounds i8*, i8** %0, i64 27
  %104 = load i8*, i8** %103, align 8
  %105 = getelementptr inbounds i8*, i8** %pointers, i64 2
  store i8* %104, i8** %105, align 8
  %106 = bitcast i8** %pointers to i8*
  call void @eptc_kernel_8(i8* %106, i64 0, i64 1)
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
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 128
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 16
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 16
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 32
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 32
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
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
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %80, %exit3 ]
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
  %i4 = phi i64 [ 0, %body ], [ %79, %body2 ]
  %18 = icmp slt i64 %i4, 32
  br i1 %18, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %19 = add i64 %15, %i4
  %20 = add i64 0, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %25, %23
  %27 = fmul float 0x3FA6E4E260000000, %26
  %28 = fmul float %27, %26
  %29 = fmul float %28, %26
  %30 = fadd float %26, %29
  %31 = fmul float 0x3FE9884540000000, %30
  %32 = call float @llvm.fabs.f32(float %31)
  %33 = fmul float %31, %31
  %34 = fmul float %32, %33
  %35 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %33, float 0x3F951F8CE0000000)
  %36 = call float @llvm.fmuladd.f32(float %35, float %33, float 0xBFAB835A40000000)
  %37 = call float @llvm.fmuladd.f32(float %36, float %33, float 0x3FC1106F60000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %33, float 0xBFD5555320000000)
  %39 = call float @llvm.fmuladd.f32(float %34, float %38, float %32)
  %40 = fmul float %32, -2.000000e+00
  %41 = fcmp oge float %40, -1.100000e+02
  %42 = select i1 %41, float %40, float -1.100000e+02
  %43 = fcmp ole float %42, 1.000000e+02
  %44 = select i1 %43, float %42, float 1.000000e+02
  %45 = fmul float %44, 0x3FF7154760000000
  %46 = call float @llvm.rint.f32(float %45)
  %47 = call float @llvm.fmuladd.f32(float %46, float 0xBFE6300000000000, float %44)
  %48 = call float @llvm.fmuladd.f32(float %46, float 0x3F2BD01060000000, float %47)
  %49 = fmul float %48, %48
  %50 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %48, float 0x3F81239880000000)
  %51 = call float @llvm.fmuladd.f32(float %50, float %48, float 0x3FA5558AE0000000)
  %52 = call float @llvm.fmuladd.f32(float %51, float %48, float 0x3FC5554920000000)
  %53 = call float @llvm.fmuladd.f32(float %52, float %48, float 0x3FDFFFFFC0000000)
  %54 = call float @llvm.fmuladd.f32(float %49, float %53, float %48)
  %55 = fadd float %54, 1.000000e+00
  %56 = fptosi float %46 to i32
  %57 = ashr i32 %56, 1
  %58 = sub i32 %56, %57
  %59 = add i32 %57, 127
  %60 = shl i32 %59, 23
  %61 = bitcast i32 %60 to float
  %62 = fmul float %55, %61
  %63 = add i32 %58, 127
  %64 = shl i32 %63, 23
  %65 = bitcast i32 %64 to float
  %66 = fmul float %62, %65
  %67 = fcmp uno float %40, %40
  %68 = select i1 %67, float %40, float %66
  %69 = fsub float 1.000000e+00, %68
  %70 = fadd float 1.000000e+00, %68
  %71 = fdiv float %69, %70
  %72 = fcmp olt float %32, 6.250000e-01
  %73 = select i1 %72, float %39, float %71
  %74 = call float @llvm.copysign.f32(float %73, float %31)
  %75 = fmul float 5.000000e-01, %26
  %76 = fadd float 1.000000e+00, %74
  %77 = fmul float %75, %76
  %78 = getelementptr inbounds float, float* %6, i64 %19
  store float %77, float* %78, align 4
  %79 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %80 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fabs.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #3

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.copysign.f32(float, float) #3

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_3(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 256
  %19 = mul i64 %15, 32
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 32
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 32
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 32
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

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
  %13 = getelementptr inbounds i8*, i8** %3, i64 0
  %14 = load i8*, i8** %13, align 8
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %89, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 32
  %18 = add i64 0, %17
  %19 = mul i64 %i, 32
  %20 = add i64 0, %19
  %21 = mul i64 %i, 32
  %22 = add i64 0, %21
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %88, %body2 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = add i64 %18, %i4
  %25 = add i64 %20, %i4
  %26 = add i64 0, %i4
  %27 = add i64 %22, %i4
  %28 = getelementptr inbounds float, float* %9, i64 %25
  %29 = load float, float* %28, align 4
  %30 = getelementptr inbounds float, float* %12, i64 %26
  %31 = load float, float* %30, align 4
  %32 = getelementptr inbounds float, float* %15, i64 %27
  %33 = load float, float* %32, align 4
  %34 = fadd float %33, %31
  %35 = fmul float 0x3FA6E4E260000000, %34
  %36 = fmul float %35, %34
  %37 = fmul float %36, %34
  %38 = fadd float %34, %37
  %39 = fmul float 0x3FE9884540000000, %38
  %40 = call float @llvm.fabs.f32(float %39)
  %41 = fmul float %39, %39
  %42 = fmul float %40, %41
  %43 = call float @llvm.fmuladd.f32(float 0xBF7750CE40000000, float %41, float 0x3F951F8CE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %41, float 0xBFAB835A40000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %41, float 0x3FC1106F60000000)
  %46 = call float @llvm.fmuladd.f32(float %45, float %41, float 0xBFD5555320000000)
  %47 = call float @llvm.fmuladd.f32(float %42, float %46, float %40)
  %48 = fmul float %40, -2.000000e+00
  %49 = fcmp oge float %48, -1.100000e+02
  %50 = select i1 %49, float %48, float -1.100000e+02
  %51 = fcmp ole float %50, 1.000000e+02
  %52 = select i1 %51, float %50, float 1.000000e+02
  %53 = fmul float %52, 0x3FF7154760000000
  %54 = call float @llvm.rint.f32(float %53)
  %55 = call float @llvm.fmuladd.f32(float %54, float 0xBFE6300000000000, float %52)
  %56 = call float @llvm.fmuladd.f32(float %54, float 0x3F2BD01060000000, float %55)
  %57 = fmul float %56, %56
  %58 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %56, float 0x3F81239880000000)
  %59 = call float @llvm.fmuladd.f32(float %58, float %56, float 0x3FA5558AE0000000)
  %60 = call float @llvm.fmuladd.f32(float %59, float %56, float 0x3FC5554920000000)
  %61 = call float @llvm.fmuladd.f32(float %60, float %56, float 0x3FDFFFFFC0000000)
  %62 = call float @llvm.fmuladd.f32(float %57, float %61, float %56)
  %63 = fadd float %62, 1.000000e+00
  %64 = fptosi float %54 to i32
  %65 = ashr i32 %64, 1
  %66 = sub i32 %64, %65
  %67 = add i32 %65, 127
  %68 = shl i32 %67, 23
  %69 = bitcast i32 %68 to float
  %70 = fmul float %63, %69
  %71 = add i32 %66, 127
  %72 = shl i32 %71, 23
  %73 = bitcast i32 %72 to float
  %74 = fmul float %70, %73
  %75 = fcmp uno float %48, %48
  %76 = select i1 %75, float %48, float %74
  %77 = fsub float 1.000000e+00, %76
  %78 = fadd float 1.000000e+00, %76
  %79 = fdiv float %77, %78
  %80 = fcmp olt float %40, 6.250000e-01
  %81 = select i1 %80, float %47, float %79
  %82 = call float @llvm.copysign.f32(float %81, float %39)
  %83 = fmul float 5.000000e-01, %34
  %84 = fadd float 1.000000e+00, %82
  %85 = fmul float %83, %84
  %86 = fadd float %29, %85
  %87 = getelementptr inbounds float, float* %6, i64 %24
  store float %86, float* %87, align 4
  %88 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %89 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_5(i8* %0, i64 %1, i64 %2) #1 {
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
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 8
  %15 = srem i64 %i, 8
  %16 = mul i64 %14, 256
  %17 = mul i64 %14, 0
  %18 = mul i64 %14, 32
  %19 = mul i64 %15, 4
  %20 = add i64 %18, %19
  %21 = getelementptr inbounds float, float* %12, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 16, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 32
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %15, 32
  %25 = add i64 %24, %i4
  %26 = add i64 %16, %25
  %27 = getelementptr inbounds float, float* %6, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 4
  %30 = add i64 %17, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 4
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %9, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %12, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %12, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
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
  %10 = getelementptr inbounds i8*, i8** %3, i64 0
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
  %20 = add i64 0, %i4
  %21 = add i64 %17, %i4
  %22 = getelementptr inbounds float, float* %9, i64 %20
  %23 = load float, float* %22, align 4
  %24 = getelementptr inbounds float, float* %12, i64 %21
  %25 = load float, float* %24, align 4
  %26 = fadd float %25, %23
  %27 = getelementptr inbounds float, float* %6, i64 %19
  store float %26, float* %27, align 4
  %28 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop
}

; Function Attrs: noinline nounwind
define internal i1 @eptc_check_1(i8* %0) #1 {
entry:
  %1 = bitcast i8* %0 to i8**
  %2 = getelementptr inbounds i8*, i8** %1, i64 0
  %3 = load i8*, i8** %2, align 8
  %4 = bitcast i8* %3 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i1 true

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %14, %checked ]
  %5 = icmp slt i64 %i, 8
  br i1 %5, label %body, label %exit

body:                                             ; preds = %loop
  %6 = getelementptr inbounds i32, i32* %4, i64 %i
  %7 = load i32, i32* %6, align 4
  %8 = icmp slt i32 %7, 0
  %9 = icmp sge i32 %7, 4
  %10 = or i1 %8, %9
  %11 = icmp eq i32 %7, -100
  %12 = xor i1 %11, true
  %13 = and i1 %10, %12
  br i1 %13, label %invalid, label %checked

exit:                                             ; preds = %loop
  ret i1 false

checked:                                          ; preds = %body
  %14 = add i64 %i, 1
  br label %loop
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
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %join, %entry
  %i = phi i64 [ %1, %entry ], [ %18, %join ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = getelementptr inbounds i32, i32* %9, i64 %i
  %15 = load i32, i32* %14, align 4
  %16 = icmp ne i32 %15, -100
  br i1 %16, label %then, label %join

exit:                                             ; preds = %loop
  ret void

then:                                             ; preds = %body
  %17 = mul i64 %i, 4
  br label %loop1

join:                                             ; preds = %exit7, %body
  %18 = add i64 %i, 1
  br label %loop

loop1:                                            ; preds = %body2, %then
  %i4 = phi i64 [ 0, %then ], [ %27, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %then ], [ %26, %body2 ]
  %19 = icmp slt i64 %i4, 4
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = add i64 %17, %i4
  %21 = getelementptr inbounds float, float* %6, i64 %20
  %22 = load float, float* %21, align 4
  %23 = fcmp uno float %acc, %22
  %24 = fcmp ogt float %22, %acc
  %25 = select i1 %24, float %22, float %acc
  %26 = select i1 %23, float 0x7FF8000000000000, float %25
  %27 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %62, %body6 ]
  %acc9 = phi float [ 0.000000e+00, %exit3 ], [ %61, %body6 ]
  %28 = icmp slt i64 %i8, 4
  br i1 %28, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %29 = add i64 %17, %i8
  %30 = getelementptr inbounds float, float* %6, i64 %29
  %31 = load float, float* %30, align 4
  %32 = fsub float %31, %acc
  %33 = fcmp oge float %32, -1.100000e+02
  %34 = select i1 %33, float %32, float -1.100000e+02
  %35 = fcmp ole float %34, 1.000000e+02
  %36 = select i1 %35, float %34, float 1.000000e+02
  %37 = fmul float %36, 0x3FF7154760000000
  %38 = call float @llvm.rint.f32(float %37)
  %39 = call float @llvm.fmuladd.f32(float %38, float 0xBFE6300000000000, float %36)
  %40 = call float @llvm.fmuladd.f32(float %38, float 0x3F2BD01060000000, float %39)
  %41 = fmul float %40, %40
  %42 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %40, float 0x3F81239880000000)
  %43 = call float @llvm.fmuladd.f32(float %42, float %40, float 0x3FA5558AE0000000)
  %44 = call float @llvm.fmuladd.f32(float %43, float %40, float 0x3FC5554920000000)
  %45 = call float @llvm.fmuladd.f32(float %44, float %40, float 0x3FDFFFFFC0000000)
  %46 = call float @llvm.fmuladd.f32(float %41, float %45, float %40)
  %47 = fadd float %46, 1.000000e+00
  %48 = fptosi float %38 to i32
  %49 = ashr i32 %48, 1
  %50 = sub i32 %48, %49
  %51 = add i32 %49, 127
  %52 = shl i32 %51, 23
  %53 = bitcast i32 %52 to float
  %54 = fmul float %47, %53
  %55 = add i32 %50, 127
  %56 = shl i32 %55, 23
  %57 = bitcast i32 %56 to float
  %58 = fmul float %54, %57
  %59 = fcmp uno float %32, %32
  %60 = select i1 %59, float %32, float %58
  %61 = fadd float %acc9, %60
  %62 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %63 = fcmp olt float %acc9, 0x3810000000000000
  %64 = fmul float %acc9, 0x4160000000000000
  %65 = select i1 %63, float %64, float %acc9
  %66 = bitcast float %65 to i32
  %67 = sub i32 %66, 1060439283
  %68 = ashr i32 %67, 23
  %69 = select i1 %63, i32 23, i32 0
  %70 = sub i32 %68, %69
  %71 = and i32 %67, 8388607
  %72 = add i32 %71, 1060439283
  %73 = bitcast i32 %72 to float
  %74 = fsub float %73, 1.000000e+00
  %75 = sitofp i32 %70 to float
  %76 = fmul float %74, %74
  %77 = fmul float %76, %74
  %78 = call float @llvm.fmuladd.f32(float 0xBFB38C9DE0000000, float %74, float 0x3FC055EC60000000)
  %79 = call float @llvm.fmuladd.f32(float %78, float %74, float 0xBFC0D82420000000)
  %80 = call float @llvm.fmuladd.f32(float %79, float %74, float 0x3FC22D92E0000000)
  %81 = call float @llvm.fmuladd.f32(float %80, float %74, float 0xBFC54728A0000000)
  %82 = call float @llvm.fmuladd.f32(float %81, float %74, float 0x3FC99A01C0000000)
  %83 = call float @llvm.fmuladd.f32(float %82, float %74, float 0xBFD0002260000000)
  %84 = call float @llvm.fmuladd.f32(float %83, float %74, float 0x3FD5555540000000)
  %85 = fmul float -5.000000e-01, %76
  %86 = call float @llvm.fmuladd.f32(float %77, float %84, float %85)
  %87 = call float @llvm.fmuladd.f32(float %75, float 0xBF2BD01060000000, float %86)
  %88 = fadd float %87, %74
  %89 = call float @llvm.fmuladd.f32(float %75, float 0x3FE6300000000000, float %88)
  %90 = fcmp oeq float %acc9, 0.000000e+00
  %91 = select i1 %90, float 0xFFF0000000000000, float %89
  %92 = fcmp olt float %acc9, 0.000000e+00
  %93 = select i1 %92, float 0x7FF8000000000000, float %91
  %94 = fcmp oeq float %acc9, 0x7FF0000000000000
  %95 = select i1 %94, float %acc9, float %93
  %96 = fcmp uno float %acc9, %acc9
  %97 = select i1 %96, float %acc9, float %95
  %98 = sext i32 %15 to i64
  %99 = add i64 %17, %98
  %100 = getelementptr inbounds float, float* %6, i64 %99
  %101 = load float, float* %100, align 4
  %102 = fsub float %101, %acc
  %103 = fsub float %102, %97
  %104 = getelementptr inbounds float, float* %12, i64 %i
  store float %103, float* %104, align 4
  br label %join
}

; Function Attrs: noinline nounwind
define internal void @eptc_kernel_8(i8* %0, i64 %1, i64 %2) #1 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to i32*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 2
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %30, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %24, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %21, %body2 ]
  %acc5 = phi i64 [ 0, %body ], [ %23, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = getelementptr inbounds i32, i32* %6, i64 %i4
  %16 = load i32, i32* %15, align 4
  %17 = icmp ne i32 %16, -100
  %18 = getelementptr inbounds float, float* %9, i64 %i4
  %19 = load float, float* %18, align 4
  %20 = fsub float %acc, %19
  %21 = select i1 %17, float %20, float %acc
  %22 = zext i1 %17 to i64
  %23 = add i64 %acc5, %22
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = icmp eq i64 %acc5, 0
  %26 = sitofp i64 %acc5 to float
  %27 = fdiv float %acc, %26
  %28 = select i1 %25, float 0.000000e+00, float %27
  %29 = getelementptr inbounds float, float* %12, i64 0
  store float %28, float* %29, align 4
  %30 = add i64 %i, 1
  br label %loop
}

attributes #0 = { nounwind "prefer-vector-width"="256" }
attributes #1 = { noinline nounwind "prefer-vector-width"="256" }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
attributes #3 = { nofree nosync nounwind readnone speculatable willreturn }
