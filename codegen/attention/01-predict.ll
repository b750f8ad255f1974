; ModuleID = 'attention'
source_filename = "attention"
; target triple = <host> (set by eptc at compile time)

; Function Attrs: nounwind
define i32 @eptc_entry_1(i8** %0) #0 {
entry:
  %1 = getelementptr inbounds i8*, i8** %0, i64 31
  %2 = load i8*, i8** %1, align 8
  %3 = bitcast i8* %2 to i32*
  br label %loop

invalid:                                          ; preds = %body
  ret i32 3

valid:                                            ; preds = %exit
  %4 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k1(i8* %4, i64 0, i64 16)
  %5 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k2(i8* %5, i64 0, i64 16)
  %6 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k3(i8* %6, i64 0, i64 16)
  %7 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k4(i8* %7, i64 0, i64 2)
  %8 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k5(i8* %8, i64 0, i64 16)
  %9 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k6(i8* %9, i64 0, i64 2)
  %10 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k7(i8* %10, i64 0, i64 16)
  %11 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k8(i8* %11, i64 0, i64 2)
  %12 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k9(i8* %12, i64 0, i64 32)
  %13 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k10(i8* %13, i64 0, i64 1)
  %14 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k11(i8* %14, i64 0, i64 32)
  %15 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k12(i8* %15, i64 0, i64 32)
  %16 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k13(i8* %16, i64 0, i64 2)
  %17 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k14(i8* %17, i64 0, i64 16)
  %18 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k15(i8* %18, i64 0, i64 1)
  %19 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k16(i8* %19, i64 0, i64 16)
  %20 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k17(i8* %20, i64 0, i64 16)
  %21 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k18(i8* %21, i64 0, i64 1)
  %22 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k19(i8* %22, i64 0, i64 16)
  %23 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k20(i8* %23, i64 0, i64 1)
  %24 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k21(i8* %24, i64 0, i64 32)
  %25 = bitcast i8** %0 to i8*
  call void @eptc_entry_1_k22(i8* %25, i64 0, i64 2)
  ret i32 0

loop:                                             ; preds = %checked, %entry
  %i = phi i64 [ 0, %entry ], [ %32, %checked ]
  %26 = icmp slt i64 %i, 16
  br i1 %26, label %body, label %exit

body:                                             ; preds = %loop
  %27 = getelementptr inbounds i32, i32* %3, i64 %i
  %28 = load i32, i32* %27, align 4
  %29 = icmp slt i32 %28, 0
  %30 = icmp sge i32 %28, 50
  %31 = or i1 %29, %30
  br i1 %31, label %invalid, label %checked

exit:                                             ; preds = %loop
  br label %valid

checked:                                          ; preds = %body
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k1(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 0
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 31
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to i32*
  %10 = getelementptr inbounds i8*, i8** %3, i64 33
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 2048
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %27, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = getelementptr inbounds i32, i32* %9, i64 %i
  %16 = load i32, i32* %15, align 4
  %17 = sext i32 %16 to i64
  %18 = mul i64 %17, 16
  %19 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %26, %body2 ]
  %20 = icmp slt i64 %i4, 16
  br i1 %20, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %21 = add i64 %18, %i4
  %22 = getelementptr inbounds float, float* %6, i64 %21
  %23 = load float, float* %22, align 4
  %24 = add i64 %19, %i4
  %25 = getelementptr inbounds float, float* %13, i64 %24
  store float %23, float* %25, align 4
  %26 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %27 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k2(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 2
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 33
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %94, %exit19 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %65, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %22, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %28, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %34, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %40, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %46, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %52, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %58, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %64, %body2 ]
  %16 = icmp slt i64 %i4, 16
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = add i64 %i4, 0
  %18 = add i64 %15, %17
  %19 = getelementptr inbounds float, float* %7, i64 %18
  %20 = load float, float* %19, align 4
  %21 = fmul float %20, %20
  %22 = fadd float %acc, %21
  %23 = add i64 %i4, 1
  %24 = add i64 %15, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = fmul float %26, %26
  %28 = fadd float %acc5, %27
  %29 = add i64 %i4, 2
  %30 = add i64 %15, %29
  %31 = getelementptr inbounds float, float* %7, i64 %30
  %32 = load float, float* %31, align 4
  %33 = fmul float %32, %32
  %34 = fadd float %acc6, %33
  %35 = add i64 %i4, 3
  %36 = add i64 %15, %35
  %37 = getelementptr inbounds float, float* %7, i64 %36
  %38 = load float, float* %37, align 4
  %39 = fmul float %38, %38
  %40 = fadd float %acc7, %39
  %41 = add i64 %i4, 4
  %42 = add i64 %15, %41
  %43 = getelementptr inbounds float, float* %7, i64 %42
  %44 = load float, float* %43, align 4
  %45 = fmul float %44, %44
  %46 = fadd float %acc8, %45
  %47 = add i64 %i4, 5
  %48 = add i64 %15, %47
  %49 = getelementptr inbounds float, float* %7, i64 %48
  %50 = load float, float* %49, align 4
  %51 = fmul float %50, %50
  %52 = fadd float %acc9, %51
  %53 = add i64 %i4, 6
  %54 = add i64 %15, %53
  %55 = getelementptr inbounds float, float* %7, i64 %54
  %56 = load float, float* %55, align 4
  %57 = fmul float %56, %56
  %58 = fadd float %acc10, %57
  %59 = add i64 %i4, 7
  %60 = add i64 %15, %59
  %61 = getelementptr inbounds float, float* %7, i64 %60
  %62 = load float, float* %61, align 4
  %63 = fmul float %62, %62
  %64 = fadd float %acc11, %63
  %65 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %66 = fadd float %acc, %acc5
  %67 = fadd float %acc6, %acc7
  %68 = fadd float %acc8, %acc9
  %69 = fadd float %acc10, %acc11
  %70 = fadd float %66, %67
  %71 = fadd float %68, %69
  %72 = fadd float %70, %71
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %79, %body13 ]
  %acc16 = phi float [ %72, %exit3 ], [ %78, %body13 ]
  %73 = icmp slt i64 %i15, 16
  br i1 %73, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %74 = add i64 %15, %i15
  %75 = getelementptr inbounds float, float* %7, i64 %74
  %76 = load float, float* %75, align 4
  %77 = fmul float %76, %76
  %78 = fadd float %acc16, %77
  %79 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %80 = fdiv float %acc16, 1.600000e+01
  %81 = fadd float %80, 0x3EB0C6F7A0000000
  %82 = call float @llvm.sqrt.f32(float %81)
  %83 = fdiv float 1.000000e+00, %82
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %93, %body18 ]
  %84 = icmp slt i64 %i20, 16
  br i1 %84, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %85 = add i64 %15, %i20
  %86 = getelementptr inbounds float, float* %7, i64 %85
  %87 = load float, float* %86, align 4
  %88 = fmul float %87, %83
  %89 = getelementptr inbounds float, float* %10, i64 %i20
  %90 = load float, float* %89, align 4
  %91 = fmul float %88, %90
  %92 = getelementptr inbounds float, float* %13, i64 %85
  store float %91, float* %92, align 4
  %93 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %94 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.sqrt.f32(float) #1

; Function Attrs: nounwind
define internal void @eptc_entry_1_k3(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 3
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 33
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: argmemonly nofree nounwind willreturn writeonly
declare void @llvm.memset.p0i8.i64(i8* nocapture writeonly, i8, i64, i1 immarg) #2

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.fmuladd.f32(float, float, float) #1

; Function Attrs: nounwind
define internal void @eptc_entry_1_k4(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  %15 = mul i64 %i, 128
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %exit7 ]
  %17 = icmp slt i64 %i4, 2
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = mul i64 %i4, 64
  %19 = add i64 %14, %18
  %20 = mul i64 %i4, 8
  %21 = add i64 %16, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %exit11 ]
  %23 = icmp slt i64 %i8, 8
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = mul i64 %i8, 8
  %25 = add i64 %19, %24
  %26 = mul i64 %i8, 16
  %27 = add i64 %21, %26
  br label %loop9

exit7:                                            ; preds = %loop5
  %28 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %35, %body10 ]
  %29 = icmp slt i64 %i12, 8
  br i1 %29, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %30 = add i64 %25, %i12
  %31 = add i64 %27, %i12
  %32 = getelementptr inbounds float, float* %11, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %7, i64 %30
  store float %33, float* %34, align 4
  %35 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %36 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k5(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 4
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 33
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k6(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 4096
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %22, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 128
  %14 = add i64 0, %13
  %15 = mul i64 %i, 128
  %16 = add i64 0, %15
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %28, %exit7 ]
  %17 = icmp slt i64 %i4, 2
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = mul i64 %i4, 64
  %19 = add i64 %14, %18
  %20 = mul i64 %i4, 8
  %21 = add i64 %16, %20
  br label %loop5

exit3:                                            ; preds = %loop1
  %22 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %36, %exit11 ]
  %23 = icmp slt i64 %i8, 8
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = mul i64 %i8, 8
  %25 = add i64 %19, %24
  %26 = mul i64 %i8, 16
  %27 = add i64 %21, %26
  br label %loop9

exit7:                                            ; preds = %loop5
  %28 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %35, %body10 ]
  %29 = icmp slt i64 %i12, 8
  br i1 %29, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %30 = add i64 %25, %i12
  %31 = add i64 %27, %i12
  %32 = getelementptr inbounds float, float* %11, i64 %31
  %33 = load float, float* %32, align 4
  %34 = getelementptr inbounds float, float* %7, i64 %30
  store float %33, float* %34, align 4
  %35 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %36 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k7(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 5
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 33
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k8(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 33
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 1024
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 2
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 64
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 8
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 16
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %6, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k9(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 4096
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 33
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1024
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = sdiv i64 %i, 8
  %18 = srem i64 %i, 8
  %19 = mul i64 %17, 64
  %20 = mul i64 %17, 64
  %21 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %22 = icmp slt i64 %i4, 8
  br i1 %22, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %23 = mul i64 %i4, 8
  %24 = add i64 %20, %23
  br label %loop5

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %37, %body6 ]
  %acc = phi float [ 0.000000e+00, %body2 ], [ %36, %body6 ]
  %26 = icmp slt i64 %i8, 8
  br i1 %26, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %27 = mul i64 %18, 8
  %28 = add i64 %27, %i8
  %29 = add i64 %19, %28
  %30 = getelementptr inbounds float, float* %7, i64 %29
  %31 = load float, float* %30, align 4
  %32 = add i64 %24, %i8
  %33 = getelementptr inbounds float, float* %11, i64 %32
  %34 = load float, float* %33, align 4
  %35 = fmul float %31, %34
  %36 = fadd float %acc, %35
  %37 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %38 = add i64 %21, %i4
  %39 = getelementptr inbounds float, float* %15, i64 %38
  store float %acc, float* %39, align 4
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k10(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 1024
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %25, %exit3 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 4096
  %14 = add i64 %13, 4096
  %15 = icmp slt i64 %14, 256
  %16 = select i1 %15, i64 %14, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %13, %body ], [ %24, %body2 ]
  %17 = icmp slt i64 %i4, %16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 0, %i4
  %19 = add i64 0, %i4
  %20 = getelementptr inbounds float, float* %11, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, 0x3FD6A09E60000000
  %23 = getelementptr inbounds float, float* %7, i64 %18
  store float %22, float* %23, align 4
  %24 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %25 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k11(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 1024
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 3072
  %11 = bitcast i8* %10 to float*
  br label %loop

loop:                                             ; preds = %exit16, %entry
  %i = phi i64 [ %1, %entry ], [ %73, %exit16 ]
  %12 = icmp slt i64 %i, %2
  br i1 %12, label %body, label %exit

body:                                             ; preds = %loop
  %13 = mul i64 %i, 8
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %22, %body2 ]
  %acc = phi float [ 0xFFF0000000000000, %body ], [ %21, %body2 ]
  %14 = icmp slt i64 %i4, 8
  br i1 %14, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %15 = add i64 %13, %i4
  %16 = getelementptr inbounds float, float* %7, i64 %15
  %17 = load float, float* %16, align 4
  %18 = fcmp uno float %acc, %17
  %19 = fcmp ogt float %17, %acc
  %20 = select i1 %19, float %17, float %acc
  %21 = select i1 %18, float 0x7FF8000000000000, float %20
  %22 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  br label %loop5

loop5:                                            ; preds = %body6, %exit3
  %i8 = phi i64 [ 0, %exit3 ], [ %58, %body6 ]
  %23 = icmp slt i64 %i8, 8
  br i1 %23, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %24 = add i64 %13, %i8
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = fsub float %26, %acc
  %28 = fcmp oge float %27, -1.100000e+02
  %29 = select i1 %28, float %27, float -1.100000e+02
  %30 = fcmp ole float %29, 1.000000e+02
  %31 = select i1 %30, float %29, float 1.000000e+02
  %32 = fmul float %31, 0x3FF7154760000000
  %33 = call float @llvm.rint.f32(float %32)
  %34 = call float @llvm.fmuladd.f32(float %33, float 0xBFE6300000000000, float %31)
  %35 = call float @llvm.fmuladd.f32(float %33, float 0x3F2BD01060000000, float %34)
  %36 = fmul float %35, %35
  %37 = call float @llvm.fmuladd.f32(float 0x3F56A4F880000000, float %35, float 0x3F81239880000000)
  %38 = call float @llvm.fmuladd.f32(float %37, float %35, float 0x3FA5558AE0000000)
  %39 = call float @llvm.fmuladd.f32(float %38, float %35, float 0x3FC5554920000000)
  %40 = call float @llvm.fmuladd.f32(float %39, float %35, float 0x3FDFFFFFC0000000)
  %41 = call float @llvm.fmuladd.f32(float %36, float %40, float %35)
  %42 = fadd float %41, 1.000000e+00
  %43 = fptosi float %33 to i32
  %44 = ashr i32 %43, 1
  %45 = sub i32 %43, %44
  %46 = add i32 %44, 127
  %47 = shl i32 %46, 23
  %48 = bitcast i32 %47 to float
  %49 = fmul float %42, %48
  %50 = add i32 %45, 127
  %51 = shl i32 %50, 23
  %52 = bitcast i32 %51 to float
  %53 = fmul float %49, %52
  %54 = fcmp uno float %27, %27
  %55 = select i1 %54, float %27, float %53
  %56 = add i64 %13, %i8
  %57 = getelementptr inbounds float, float* %11, i64 %56
  store float %55, float* %57, align 4
  %58 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  br label %loop9

loop9:                                            ; preds = %body10, %exit7
  %i12 = phi i64 [ 0, %exit7 ], [ %64, %body10 ]
  %acc13 = phi float [ 0.000000e+00, %exit7 ], [ %63, %body10 ]
  %59 = icmp slt i64 %i12, 8
  br i1 %59, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %60 = add i64 %13, %i12
  %61 = getelementptr inbounds float, float* %11, i64 %60
  %62 = load float, float* %61, align 4
  %63 = fadd float %acc13, %62
  %64 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  br label %loop14

loop14:                                           ; preds = %body15, %exit11
  %i17 = phi i64 [ 0, %exit11 ], [ %72, %body15 ]
  %65 = icmp slt i64 %i17, 8
  br i1 %65, label %body15, label %exit16

body15:                                           ; preds = %loop14
  %66 = add i64 %13, %i17
  %67 = getelementptr inbounds float, float* %11, i64 %66
  %68 = load float, float* %67, align 4
  %69 = fdiv float %68, %acc13
  %70 = add i64 %13, %i17
  %71 = getelementptr inbounds float, float* %11, i64 %70
  store float %69, float* %71, align 4
  %72 = add i64 %i17, 1
  br label %loop14

exit16:                                           ; preds = %loop14
  %73 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare float @llvm.rint.f32(float) #1

; Function Attrs: nounwind
define internal void @eptc_entry_1_k12(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 33
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 1024
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %31, %exit3 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = sdiv i64 %i, 8
  %17 = srem i64 %i, 8
  %18 = mul i64 %16, 64
  %19 = mul i64 %16, 64
  %20 = mul i64 %i, 8
  %21 = getelementptr inbounds float, float* %14, i64 %20
  %22 = bitcast float* %21 to i8*
  call void @llvm.memset.p0i8.i64(i8* %22, i8 0, i64 32, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %42, %exit7 ]
  %23 = icmp slt i64 %i4, 8
  br i1 %23, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %24 = mul i64 %17, 8
  %25 = add i64 %24, %i4
  %26 = add i64 %18, %25
  %27 = getelementptr inbounds float, float* %7, i64 %26
  %28 = load float, float* %27, align 4
  %29 = mul i64 %i4, 8
  %30 = add i64 %19, %29
  br label %loop5

exit3:                                            ; preds = %loop1
  %31 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %41, %body6 ]
  %32 = icmp slt i64 %i8, 8
  br i1 %32, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %33 = add i64 %20, %i8
  %34 = add i64 %30, %i8
  %35 = getelementptr inbounds float, float* %10, i64 %34
  %36 = load float, float* %35, align 4
  %37 = getelementptr inbounds float, float* %14, i64 %33
  %38 = load float, float* %37, align 4
  %39 = call float @llvm.fmuladd.f32(float %28, float %36, float %38)
  %40 = getelementptr inbounds float, float* %14, i64 %33
  store float %39, float* %40, align 4
  %41 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %42 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k13(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 33
  %8 = load i8*, i8** %7, align 8
  %9 = getelementptr inbounds i8, i8* %8, i64 1024
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %21, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = mul i64 %i, 128
  %13 = add i64 0, %12
  %14 = mul i64 %i, 128
  %15 = add i64 0, %14
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %27, %exit7 ]
  %16 = icmp slt i64 %i4, 8
  br i1 %16, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %17 = mul i64 %i4, 16
  %18 = add i64 %13, %17
  %19 = mul i64 %i4, 8
  %20 = add i64 %15, %19
  br label %loop5

exit3:                                            ; preds = %loop1
  %21 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %exit11, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %35, %exit11 ]
  %22 = icmp slt i64 %i8, 2
  br i1 %22, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %23 = mul i64 %i8, 8
  %24 = add i64 %18, %23
  %25 = mul i64 %i8, 64
  %26 = add i64 %20, %25
  br label %loop9

exit7:                                            ; preds = %loop5
  %27 = add i64 %i4, 1
  br label %loop1

loop9:                                            ; preds = %body10, %body6
  %i12 = phi i64 [ 0, %body6 ], [ %34, %body10 ]
  %28 = icmp slt i64 %i12, 8
  br i1 %28, label %body10, label %exit11

body10:                                           ; preds = %loop9
  %29 = add i64 %24, %i12
  %30 = add i64 %26, %i12
  %31 = getelementptr inbounds float, float* %10, i64 %30
  %32 = load float, float* %31, align 4
  %33 = getelementptr inbounds float, float* %6, i64 %29
  store float %32, float* %33, align 4
  %34 = add i64 %i12, 1
  br label %loop9

exit11:                                           ; preds = %loop9
  %35 = add i64 %i8, 1
  br label %loop5
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k14(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 6
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 33
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 1024
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k15(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 33
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 1024
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k16(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 7
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 33
  %12 = load i8*, i8** %11, align 8
  %13 = getelementptr inbounds i8, i8* %12, i64 3072
  %14 = bitcast i8* %13 to float*
  br label %loop

loop:                                             ; preds = %exit19, %entry
  %i = phi i64 [ %1, %entry ], [ %95, %exit19 ]
  %15 = icmp slt i64 %i, %2
  br i1 %15, label %body, label %exit

body:                                             ; preds = %loop
  %16 = mul i64 %i, 16
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %66, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %23, %body2 ]
  %acc5 = phi float [ 0.000000e+00, %body ], [ %29, %body2 ]
  %acc6 = phi float [ 0.000000e+00, %body ], [ %35, %body2 ]
  %acc7 = phi float [ 0.000000e+00, %body ], [ %41, %body2 ]
  %acc8 = phi float [ 0.000000e+00, %body ], [ %47, %body2 ]
  %acc9 = phi float [ 0.000000e+00, %body ], [ %53, %body2 ]
  %acc10 = phi float [ 0.000000e+00, %body ], [ %59, %body2 ]
  %acc11 = phi float [ 0.000000e+00, %body ], [ %65, %body2 ]
  %17 = icmp slt i64 %i4, 16
  br i1 %17, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %18 = add i64 %i4, 0
  %19 = add i64 %16, %18
  %20 = getelementptr inbounds float, float* %7, i64 %19
  %21 = load float, float* %20, align 4
  %22 = fmul float %21, %21
  %23 = fadd float %acc, %22
  %24 = add i64 %i4, 1
  %25 = add i64 %16, %24
  %26 = getelementptr inbounds float, float* %7, i64 %25
  %27 = load float, float* %26, align 4
  %28 = fmul float %27, %27
  %29 = fadd float %acc5, %28
  %30 = add i64 %i4, 2
  %31 = add i64 %16, %30
  %32 = getelementptr inbounds float, float* %7, i64 %31
  %33 = load float, float* %32, align 4
  %34 = fmul float %33, %33
  %35 = fadd float %acc6, %34
  %36 = add i64 %i4, 3
  %37 = add i64 %16, %36
  %38 = getelementptr inbounds float, float* %7, i64 %37
  %39 = load float, float* %38, align 4
  %40 = fmul float %39, %39
  %41 = fadd float %acc7, %40
  %42 = add i64 %i4, 4
  %43 = add i64 %16, %42
  %44 = getelementptr inbounds float, float* %7, i64 %43
  %45 = load float, float* %44, align 4
  %46 = fmul float %45, %45
  %47 = fadd float %acc8, %46
  %48 = add i64 %i4, 5
  %49 = add i64 %16, %48
  %50 = getelementptr inbounds float, float* %7, i64 %49
  %51 = load float, float* %50, align 4
  %52 = fmul float %51, %51
  %53 = fadd float %acc9, %52
  %54 = add i64 %i4, 6
  %55 = add i64 %16, %54
  %56 = getelementptr inbounds float, float* %7, i64 %55
  %57 = load float, float* %56, align 4
  %58 = fmul float %57, %57
  %59 = fadd float %acc10, %58
  %60 = add i64 %i4, 7
  %61 = add i64 %16, %60
  %62 = getelementptr inbounds float, float* %7, i64 %61
  %63 = load float, float* %62, align 4
  %64 = fmul float %63, %63
  %65 = fadd float %acc11, %64
  %66 = add i64 %i4, 8
  br label %loop1

exit3:                                            ; preds = %loop1
  %67 = fadd float %acc, %acc5
  %68 = fadd float %acc6, %acc7
  %69 = fadd float %acc8, %acc9
  %70 = fadd float %acc10, %acc11
  %71 = fadd float %67, %68
  %72 = fadd float %69, %70
  %73 = fadd float %71, %72
  br label %loop12

loop12:                                           ; preds = %body13, %exit3
  %i15 = phi i64 [ 16, %exit3 ], [ %80, %body13 ]
  %acc16 = phi float [ %73, %exit3 ], [ %79, %body13 ]
  %74 = icmp slt i64 %i15, 16
  br i1 %74, label %body13, label %exit14

body13:                                           ; preds = %loop12
  %75 = add i64 %16, %i15
  %76 = getelementptr inbounds float, float* %7, i64 %75
  %77 = load float, float* %76, align 4
  %78 = fmul float %77, %77
  %79 = fadd float %acc16, %78
  %80 = add i64 %i15, 1
  br label %loop12

exit14:                                           ; preds = %loop12
  %81 = fdiv float %acc16, 1.600000e+01
  %82 = fadd float %81, 0x3EB0C6F7A0000000
  %83 = call float @llvm.sqrt.f32(float %82)
  %84 = fdiv float 1.000000e+00, %83
  br label %loop17

loop17:                                           ; preds = %body18, %exit14
  %i20 = phi i64 [ 0, %exit14 ], [ %94, %body18 ]
  %85 = icmp slt i64 %i20, 16
  br i1 %85, label %body18, label %exit19

body18:                                           ; preds = %loop17
  %86 = add i64 %16, %i20
  %87 = getelementptr inbounds float, float* %7, i64 %86
  %88 = load float, float* %87, align 4
  %89 = fmul float %88, %84
  %90 = getelementptr inbounds float, float* %10, i64 %i20
  %91 = load float, float* %90, align 4
  %92 = fmul float %89, %91
  %93 = getelementptr inbounds float, float* %14, i64 %86
  store float %92, float* %93, align 4
  %94 = add i64 %i20, 1
  br label %loop17

exit19:                                           ; preds = %loop17
  %95 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k17(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 3072
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 8
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  %11 = getelementptr inbounds i8*, i8** %3, i64 33
  %12 = load i8*, i8** %11, align 8
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 128
  %18 = mul i64 %i, 32
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 128, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 16
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 16
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %7, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 32
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 32
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %10, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k18(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 33
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %24, %exit3 ]
  %10 = icmp slt i64 %i, %2
  br i1 %10, label %body, label %exit

body:                                             ; preds = %loop
  %11 = mul i64 %i, 4096
  %12 = add i64 %11, 4096
  %13 = icmp slt i64 %12, 512
  %14 = select i1 %13, i64 %12, i64 512
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %11, %body ], [ %23, %body2 ]
  %15 = icmp slt i64 %i4, %14
  br i1 %15, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %16 = add i64 0, %i4
  %17 = add i64 0, %i4
  %18 = getelementptr inbounds float, float* %9, i64 %17
  %19 = load float, float* %18, align 4
  %20 = fcmp ogt float %19, 0.000000e+00
  %21 = select i1 %20, float %19, float 0.000000e+00
  %22 = getelementptr inbounds float, float* %6, i64 %16
  store float %21, float* %22, align 4
  %23 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %24 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k19(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 9
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 33
  %11 = load i8*, i8** %10, align 8
  %12 = getelementptr inbounds i8, i8* %11, i64 3072
  %13 = bitcast i8* %12 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %29, %exit3 ]
  %14 = icmp slt i64 %i, %2
  br i1 %14, label %body, label %exit

body:                                             ; preds = %loop
  %15 = sdiv i64 %i, 8
  %16 = srem i64 %i, 8
  %17 = mul i64 %15, 256
  %18 = mul i64 %i, 16
  %19 = getelementptr inbounds float, float* %13, i64 %18
  %20 = bitcast float* %19 to i8*
  call void @llvm.memset.p0i8.i64(i8* %20, i8 0, i64 64, i1 false)
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %exit7, %body
  %i4 = phi i64 [ 0, %body ], [ %40, %exit7 ]
  %21 = icmp slt i64 %i4, 32
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = mul i64 %16, 32
  %23 = add i64 %22, %i4
  %24 = add i64 %17, %23
  %25 = getelementptr inbounds float, float* %6, i64 %24
  %26 = load float, float* %25, align 4
  %27 = mul i64 %i4, 16
  %28 = add i64 0, %27
  br label %loop5

exit3:                                            ; preds = %loop1
  %29 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %39, %body6 ]
  %30 = icmp slt i64 %i8, 16
  br i1 %30, label %body6, label %exit7

body6:                                            ; preds = %loop5
  %31 = add i64 %18, %i8
  %32 = add i64 %28, %i8
  %33 = getelementptr inbounds float, float* %9, i64 %32
  %34 = load float, float* %33, align 4
  %35 = getelementptr inbounds float, float* %13, i64 %31
  %36 = load float, float* %35, align 4
  %37 = call float @llvm.fmuladd.f32(float %26, float %34, float %36)
  %38 = getelementptr inbounds float, float* %13, i64 %31
  store float %37, float* %38, align 4
  %39 = add i64 %i8, 1
  br label %loop5

exit7:                                            ; preds = %loop5
  %40 = add i64 %i4, 1
  br label %loop1
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k20(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = getelementptr inbounds i8, i8* %9, i64 2048
  %11 = bitcast i8* %10 to float*
  %12 = getelementptr inbounds i8*, i8** %3, i64 33
  %13 = load i8*, i8** %12, align 8
  %14 = getelementptr inbounds i8, i8* %13, i64 3072
  %15 = bitcast i8* %14 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %32, %exit3 ]
  %16 = icmp slt i64 %i, %2
  br i1 %16, label %body, label %exit

body:                                             ; preds = %loop
  %17 = mul i64 %i, 4096
  %18 = add i64 %17, 4096
  %19 = icmp slt i64 %18, 256
  %20 = select i1 %19, i64 %18, i64 256
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ %17, %body ], [ %31, %body2 ]
  %21 = icmp slt i64 %i4, %20
  br i1 %21, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %22 = add i64 0, %i4
  %23 = add i64 0, %i4
  %24 = add i64 0, %i4
  %25 = getelementptr inbounds float, float* %11, i64 %23
  %26 = load float, float* %25, align 4
  %27 = getelementptr inbounds float, float* %15, i64 %24
  %28 = load float, float* %27, align 4
  %29 = fadd float %26, %28
  %30 = getelementptr inbounds float, float* %7, i64 %22
  store float %29, float* %30, align 4
  %31 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %32 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k21(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = getelementptr inbounds i8, i8* %5, i64 2048
  %7 = bitcast i8* %6 to float*
  %8 = getelementptr inbounds i8*, i8** %3, i64 33
  %9 = load i8*, i8** %8, align 8
  %10 = bitcast i8* %9 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %11 = icmp slt i64 %i, %2
  br i1 %11, label %body, label %exit

body:                                             ; preds = %loop
  %12 = srem i64 %i, 16
  %13 = sdiv i64 %i, 16
  %14 = add i64 0, %12
  %15 = srem i64 %13, 2
  %16 = sdiv i64 %13, 2
  %17 = mul i64 %15, 128
  %18 = add i64 %14, %17
  br label %loop1

exit:                                             ; preds = %loop
  ret void

loop1:                                            ; preds = %body2, %body
  %i4 = phi i64 [ 0, %body ], [ %25, %body2 ]
  %acc = phi float [ 0.000000e+00, %body ], [ %24, %body2 ]
  %19 = icmp slt i64 %i4, 8
  br i1 %19, label %body2, label %exit3

body2:                                            ; preds = %loop1
  %20 = mul i64 %i4, 16
  %21 = add i64 %18, %20
  %22 = getelementptr inbounds float, float* %7, i64 %21
  %23 = load float, float* %22, align 4
  %24 = fadd float %acc, %23
  %25 = add i64 %i4, 1
  br label %loop1

exit3:                                            ; preds = %loop1
  %26 = fdiv float %acc, 8.000000e+00
  %27 = getelementptr inbounds float, float* %10, i64 %i
  store float %26, float* %27, align 4
  %28 = add i64 %i, 1
  br label %loop
}

; Function Attrs: nounwind
define internal void @eptc_entry_1_k22(i8* %0, i64 %1, i64 %2) #0 {
entry:
  %3 = bitcast i8* %0 to i8**
  %4 = getelementptr inbounds i8*, i8** %3, i64 33
  %5 = load i8*, i8** %4, align 8
  %6 = bitcast i8* %5 to float*
  %7 = getelementptr inbounds i8*, i8** %3, i64 1
  %8 = load i8*, i8** %7, align 8
  %9 = bitcast i8* %8 to float*
  %10 = getelementptr inbounds i8*, i8** %3, i64 32
  %11 = load i8*, i8** %10, align 8
  %12 = bitcast i8* %11 to float*
  br label %loop

loop:                                             ; preds = %exit3, %entry
  %i = phi i64 [ %1, %entry ], [ %28, %exit3 ]
  %13 = icmp slt i64 %i, %2
  br i1 %13, label %body, label %exit

body:                                             ; preds = %loop
  %14 = sdiv i64 %i, 2
  %15 = srem i64 %i, 2
  %16 = mul i64 %14, 32
  %17 = mul i64 %i, 3
  %18 = getelementptr inbounds float, float* %12, i64 %17
  %19 = bitcast float* %18 to i8*
  call void @llvm.memset.p0i8.i64(i8* %19, i8 0, i64 12, i1 false)
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
  %26 = mul i64 %i4, 3
  %27 = add i64 0, %26
  br label %loop5

exit3:                                            ; preds = %loop1
  %28 = add i64 %i, 1
  br label %loop

loop5:                                            ; preds = %body6, %body2
  %i8 = phi i64 [ 0, %body2 ], [ %38, %body6 ]
  %29 = icmp slt i64 %i8, 3
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

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }
attributes #2 = { argmemonly nofree nounwind willreturn writeonly }
